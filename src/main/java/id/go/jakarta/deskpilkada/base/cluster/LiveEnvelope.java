package id.go.jakarta.deskpilkada.base.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What travels on the cluster topic: the event, the member that committed it, that member's
 * sequence number (so receivers notice a gap) and the commit time (so latency can be measured).
 */
public record LiveEnvelope(UUID origin, long sequence, Instant committedAt, LiveEvent event) implements Serializable {}
