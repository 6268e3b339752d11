package id.go.jakarta.deskpilkada.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportSchedule;
import java.time.Instant;
import java.util.Locale;

/** Words the report screens share. */
final class ReportNames {

    private ReportNames() {
    }

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
            s.append(c.getTranslation("severity." + severity.name())).append(' ')
                    .append(fresh ? facts.newOf(severity) : facts.openOf(severity));
        }
        return s.toString();
    }
}
