package id.go.jakarta.deskpilkada.reports;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;

/**
 * A report was saved, submitted, accepted, returned or corrected.
 *
 * @param byPost true when the post's own people did it (their activity), false for a review
 */
public record ReportChanged(long reportId, long poskoId, ReportStatus status, boolean byPost)
        implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "REPORT";
    }

    @Override
    public boolean isActivity() {
        return byPost;
    }
}
