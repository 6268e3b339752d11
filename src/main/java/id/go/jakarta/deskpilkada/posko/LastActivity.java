package id.go.jakarta.deskpilkada.posko;

import java.io.Serializable;
import java.time.Instant;

/** When a post last showed activity, and what kind. */
public record LastActivity(Instant at, String kind) implements Serializable {}
