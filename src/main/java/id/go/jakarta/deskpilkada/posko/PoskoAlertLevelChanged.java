package id.go.jakarta.deskpilkada.posko;

/** A post's alert level was changed; {@code version} is the post's new row version. */
public record PoskoAlertLevelChanged(long poskoId, long version) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "ALERT";
    }
}
