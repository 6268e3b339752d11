package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;
import org.jspecify.annotations.Nullable;

/**
 * An issue was filed, edited, moved on, escalated, referred, acknowledged or commented on.
 *
 * @param poskoId the post that owns it now (after an escalation, the provincial post)
 * @param unitId  the unit or agency it is referred to, if any (the liaison's queue listens for it)
 * @param change  what happened, as its timeline records it
 * @param byPost  true when people of the owning post did it (their activity)
 */
public record IssueChanged(
        long issueId, long poskoId, @Nullable Long unitId, TimelineKind change, boolean byPost)
        implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "ISSUE";
    }

    @Override
    public boolean isActivity() {
        return byPost;
    }
}
