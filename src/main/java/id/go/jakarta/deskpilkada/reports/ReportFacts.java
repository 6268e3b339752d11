package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.issues.Severity;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the desk knows about a post's period, computed when the form opens and frozen into the
 * report when it is submitted.
 *
 * @param stageName      the election stage running at the end of the period, if any
 * @param dutyPresent    officers present at the time of writing
 * @param dutyRequired   officers required by the running shifts
 * @param dutyGap        a staffing gap at the time of writing
 * @param newBySeverity  issues reported within the period, per severity
 * @param openBySeverity issues open at the time of writing, per severity
 * @param newByCategory  issues reported within the period, "category: count"
 * @param openByCategory issues open at the time of writing, "category: count"
 * @param devicesDown    names of the post's devices reported down
 */
public record ReportFacts(@Nullable String stageName, int dutyPresent, int dutyRequired, boolean dutyGap,
                          Map<Severity, Integer> newBySeverity, Map<Severity, Integer> openBySeverity,
                          List<String> newByCategory, List<String> openByCategory,
                          List<String> devicesDown) {

    public ReportFacts {
        newBySeverity = Map.copyOf(newBySeverity);
        openBySeverity = Map.copyOf(openBySeverity);
        newByCategory = List.copyOf(newByCategory);
        openByCategory = List.copyOf(openByCategory);
        devicesDown = List.copyOf(devicesDown);
    }

    public int newOf(Severity s) {
        return newBySeverity.getOrDefault(s, 0);
    }

    public int openOf(Severity s) {
        return openBySeverity.getOrDefault(s, 0);
    }

    public int newTotal() {
        return newBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int openTotal() {
        return openBySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }
}
