package id.go.jakarta.deskpilkada.posko;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** A post's alert level was changed; {@code version} is the post's new row version. */
public record PoskoAlertLevelChanged(long poskoId, long version) implements LiveEvent {
}
