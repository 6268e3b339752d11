package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** An ADMIN gave a wall screen its own panels, or sent it back to the common playlist. */
public record WallScreenPanelsChanged(long screenId) implements LiveEvent {

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
