package id.go.jakarta.deskpilkada.base.cluster;

/** What a subscribed view is told: an event arrived, or its picture may be stale and must reload. */
public sealed interface LiveSignal {

    /** An event from any node, this one included. */
    record Arrived(LiveEnvelope envelope) implements LiveSignal {}

    /** Events may have been lost (a gap in a node's sequence, a member joined or left). */
    record Resync(String reason) implements LiveSignal {}

    /** True for a resync, or for an event the predicate finds relevant. */
    default boolean concerns(java.util.function.Predicate<LiveEvent> relevant) {
        return switch (this) {
            case Resync r -> true;
            case Arrived a -> relevant.test(a.envelope().event());
        };
    }
}
