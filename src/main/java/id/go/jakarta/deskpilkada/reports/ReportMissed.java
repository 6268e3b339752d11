package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;
import java.time.Instant;

/**
 * A due time and its grace period passed without a submitted report from the post. Raised once
 * per post and due time in the cluster; the post's chief and the reviewers are told.
 */
public record ReportMissed(long poskoId, Instant dueAt) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "REPORT_MISSED";
    }

    @Override
    public boolean isActivity() {
        return false;
    }
}
