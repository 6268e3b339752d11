package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
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
 * @param devicesDown    names of the post's devices reported down at the time of writing
 * @param dutyPeriod     the post's staffing over the period: shifts, absences, gaps; null in reports
 *                       submitted before the desk computed it
 * @param outages        every time one of the post's devices was down during the period; null in
 *                       reports submitted before the desk kept a status history
 */
public record ReportFacts(
        @Nullable String stageName,
        int dutyPresent,
        int dutyRequired,
        boolean dutyGap,
        Map<Severity, Integer> newBySeverity,
        Map<Severity, Integer> openBySeverity,
        List<String> newByCategory,
        List<String> openByCategory,
        List<String> devicesDown,
        @Nullable PeriodCoverage dutyPeriod,
        @Nullable List<DeviceOutage> outages) {

    public ReportFacts {
        newBySeverity = Map.copyOf(newBySeverity);
        openBySeverity = Map.copyOf(openBySeverity);
        newByCategory = List.copyOf(newByCategory);
        openByCategory = List.copyOf(openByCategory);
        devicesDown = List.copyOf(devicesDown);
        outages = outages == null ? null : List.copyOf(outages);
    }

    /** Facts as the desk computed them before it knew the period's staffing and outages. */
    public ReportFacts(
            @Nullable String stageName,
            int dutyPresent,
            int dutyRequired,
            boolean dutyGap,
            Map<Severity, Integer> newBySeverity,
            Map<Severity, Integer> openBySeverity,
            List<String> newByCategory,
            List<String> openByCategory,
            List<String> devicesDown) {
        this(
                stageName,
                dutyPresent,
                dutyRequired,
                dutyGap,
                newBySeverity,
                openBySeverity,
                newByCategory,
                openByCategory,
                devicesDown,
                null,
                null);
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
