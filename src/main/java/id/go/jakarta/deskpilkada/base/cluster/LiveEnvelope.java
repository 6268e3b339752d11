package id.go.jakarta.deskpilkada.base.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What travels on the cluster topic: the event, the member that committed it, that member's
 * sequence number (so receivers notice a gap), the commit time (so latency can be measured) and
 * the desk it was committed in, so that it wakes only that desk's walls ({@link #EVERY_DESK} for
 * what concerns every desk).
 */
public record LiveEnvelope(UUID origin, long sequence, Instant committedAt, LiveEvent event, long desk)
        implements Serializable {

    /** The desk of an event that concerns every desk (a heartbeat, a repaired snapshot). */
    public static final long EVERY_DESK = 0;

    /** An envelope for every desk. */
    public LiveEnvelope(UUID origin, long sequence, Instant committedAt, LiveEvent event) {
        this(origin, sequence, committedAt, event, EVERY_DESK);
    }

    /** True if the event concerns that desk: committed in it, or for every desk. */
    public boolean concerns(long deskId) {
        return desk == EVERY_DESK || desk == deskId;
    }
}
