package id.go.jakarta.deskpilkada.base.cluster;

/** Events of the live path itself, never shown as such: they make views reload or detect loss. */
final class ControlEvents {

    private ControlEvents() {}

    /** A node repaired the snapshot: every view everywhere reloads from it. */
    record SnapshotRepaired(String reason) implements LiveEvent {}

    /**
     * Sent every few seconds with the sender's latest sequence number, so a receiver that lost the
     * sender's last event notices it even when nothing else happens.
     */
    record Heartbeat() implements LiveEvent {}
}
