package id.go.jakarta.deskpilkada.exercise;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of reading a scenario file: the scenario when it is sound, otherwise every problem found. */
public record ScenarioCheck(@Nullable Scenario scenario, List<ScenarioProblem> problems) {

    public boolean ok() {
        return scenario != null && problems.isEmpty();
    }
}
