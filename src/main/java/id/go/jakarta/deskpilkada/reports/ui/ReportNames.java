package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.device.DeviceOutage;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.internal.ReportSchedule;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Words the report screens share. */
final class ReportNames {

    private ReportNames() {}

    static String due(Component c, Instant due) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.forLanguageTag("id") : ui.getLocale();
        return ReportSchedule.label(due, locale);
    }

    static String bySeverity(Component c, ReportFacts facts, boolean fresh) {
        StringBuilder s = new StringBuilder();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity severity = Severity.values()[i];
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(c.getTranslation("severity." + severity.name()))
                    .append(' ')
                    .append(fresh ? facts.newOf(severity) : facts.openOf(severity));
        }
        return s.toString();
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.forLanguageTag("id") : ui.getLocale();
    }

    /** "Petugas selama periode: 10 dari 12 tempat terisi, 1 tidak hadir, 0 izin"; null for older reports. */
    static @Nullable String staffing(Component c, ReportFacts f) {
        PeriodCoverage d = f.dutyPeriod();
        return d == null
                ? null
                : c.getTranslation("report.facts.staffing", d.present(), d.required(), d.absent(), d.excused());
    }

    /** One line per shift of the period. */
    static List<String> shifts(Component c, ReportFacts f, Instant dueAt) {
        PeriodCoverage d = f.dutyPeriod();
        if (d == null) {
            return List.of();
        }
        Locale locale = locale();
        return d.shifts().stream()
                .map(s -> c.getTranslation(
                        "report.facts.shift",
                        s.name(),
                        ReportSchedule.moment(s.startsAt(), dueAt, locale) + "\u2013"
                                + ReportSchedule.moment(s.endsAt(), dueAt, locale),
                        s.present(),
                        s.required(),
                        s.absent(),
                        s.excused()))
                .toList();
    }

    /** "Kekurangan petugas selama periode: 45 menit"; null for older reports. */
    static @Nullable String gapTotal(Component c, ReportFacts f) {
        PeriodCoverage d = f.dutyPeriod();
        return d == null ? null : c.getTranslation("report.facts.gaps", d.gapMinutes());
    }

    /** One line per staffing gap of the period. */
    static List<String> gaps(Component c, ReportFacts f, Instant dueAt) {
        PeriodCoverage d = f.dutyPeriod();
        if (d == null) {
            return List.of();
        }
        Locale locale = locale();
        return d.gaps().stream()
                .map(g -> g.open()
                        ? c.getTranslation(
                                "report.facts.gap.open",
                                g.shift(),
                                ReportSchedule.moment(g.from(), dueAt, locale),
                                g.minutes(),
                                g.missing())
                        : c.getTranslation(
                                "report.facts.gap.closed",
                                g.shift(),
                                ReportSchedule.moment(g.from(), dueAt, locale),
                                ReportSchedule.moment(g.to(), dueAt, locale),
                                g.minutes(),
                                g.missing()))
                .toList();
    }

    /**
     * "Perangkat mati selama periode: ..." with each outage; for reports from before the status
     * history, the devices down when it was written.
     */
    static String outages(Component c, ReportFacts f, Instant dueAt) {
        List<DeviceOutage> outages = f.outages();
        if (outages == null) {
            return c.getTranslation(
                    "report.facts.devices", f.devicesDown().isEmpty() ? "-" : String.join(", ", f.devicesDown()));
        }
        Locale locale = locale();
        List<String> parts = outages.stream()
                .map(o -> o.upAt() == null
                        ? c.getTranslation(
                                "report.facts.outage.open",
                                o.name(),
                                ReportSchedule.moment(o.downSince(), dueAt, locale))
                        : c.getTranslation(
                                "report.facts.outage.closed",
                                o.name(),
                                ReportSchedule.moment(o.downSince(), dueAt, locale),
                                ReportSchedule.moment(o.upAt(), dueAt, locale)))
                .toList();
        return c.getTranslation("report.facts.outages", parts.isEmpty() ? "-" : String.join("; ", parts));
    }
}
