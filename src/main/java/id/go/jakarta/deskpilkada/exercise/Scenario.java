package id.go.jakarta.deskpilkada.exercise;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/** A checked scenario: its name and injects in the order they fire. */
public record Scenario(String name, List<Inject> injects) implements Serializable {

    /** From the start to the last inject. */
    public Duration length() {
        return injects.isEmpty() ? Duration.ZERO : injects.getLast().after();
    }
}
