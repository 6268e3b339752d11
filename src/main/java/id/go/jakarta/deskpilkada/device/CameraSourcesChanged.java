package id.go.jakarta.deskpilkada.device;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** An ADMIN added, changed or removed an allowed camera source. */
public record CameraSourcesChanged(long sourceId) implements LiveEvent {

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
