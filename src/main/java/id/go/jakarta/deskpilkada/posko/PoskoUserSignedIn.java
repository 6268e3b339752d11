package id.go.jakarta.deskpilkada.posko;

/** Someone bound to a post (its chief or an officer) signed in: the post is alive. */
public record PoskoUserSignedIn(long poskoId) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "SIGN_IN";
    }

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
