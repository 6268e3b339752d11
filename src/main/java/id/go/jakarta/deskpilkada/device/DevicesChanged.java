package id.go.jakarta.deskpilkada.device;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;

/**
 * A post's devices changed (registered, edited, removed, or a status reported).
 *
 * @param byPost true when people at the post did it (their activity); false for a monitoring script
 */
public record DevicesChanged(long poskoId, long deviceId, boolean byPost) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "DEVICE";
    }

    @Override
    public boolean isActivity() {
        return byPost;
    }

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
