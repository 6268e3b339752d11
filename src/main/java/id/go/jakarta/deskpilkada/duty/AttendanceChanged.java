package id.go.jakarta.deskpilkada.duty;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;

/**
 * An officer signed in or out, or was marked absent or excused, or was replaced. A sign of life
 * of the post when its own people or its attendance device did it.
 */
public record AttendanceChanged(long poskoId, long assignmentId, boolean byPost)
        implements DutyEvent, PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "DUTY";
    }

    @Override
    public boolean isActivity() {
        return byPost;
    }
}
