package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;

/**
 * A referral passed its response-time target without the agency's acknowledgement. Raised once
 * per referral; the wall and the provincial post are told. Not a sign of life of the post.
 */
public record IssueOverdue(long issueId, long poskoId, long unitId, Severity severity) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "ISSUE_OVERDUE";
    }

    @Override
    public boolean isActivity() {
        return false;
    }
}
