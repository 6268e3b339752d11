package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** An ADMIN changed the wall playlist. */
public record WallPlaylistChanged(long version) implements LiveEvent {

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
