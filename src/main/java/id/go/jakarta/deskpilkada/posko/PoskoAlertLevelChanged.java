package id.go.jakarta.deskpilkada.posko;

/**
 * A post's alert level was changed; {@code version} is the post's new row version.
 *
 * @param byPost true when the post's own chief did it (a sign of life of the post); false for leadership
 */
public record PoskoAlertLevelChanged(long poskoId, long version, boolean byPost) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "ALERT";
    }

    @Override
    public boolean isActivity() {
        return byPost;
    }
}
