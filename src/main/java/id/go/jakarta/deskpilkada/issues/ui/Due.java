package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.Component;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How late an agency is with acknowledging a referral. The screens do not wait for the overdue
 * watch (it looks every few seconds and raises the event once): a referral is late on screen the
 * moment its target passes, and stays late once flagged.
 */
final class Due {

    private Due() {}

    /** How long past its target the referral is, or null if it is not late. */
    static @Nullable Duration late(IssueInfo issue, @Nullable Instant due, Instant now) {
        if (issue.status() != IssueStatus.DITANGANI || issue.acknowledgedAt() != null || due == null) {
            return null;
        }
        if (now.isAfter(due)) {
            return Duration.between(due, now);
        }
        return issue.overdue() ? Duration.ZERO : null;
    }

    /** "1 jam 5 menit", "25 menit" (at least one minute: "late by 0 minutes" reads as not late). */
    static String words(Duration duration, Component in) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes < 60) {
            return in.getTranslation("issueDetail.minutes", minutes);
        }
        return in.getTranslation("issueDetail.hoursMinutes", minutes / 60, minutes % 60);
    }
}
