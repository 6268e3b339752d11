package id.go.jakarta.deskpilkada.posko;

import java.time.Instant;

/** Who changed a post's alert level, from what to what, when and why. */
public record AlertHistoryEntry(AlertLevel from, AlertLevel to, String reason, String changedBy, Instant changedAt) {}
