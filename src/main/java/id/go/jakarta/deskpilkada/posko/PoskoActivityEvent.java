package id.go.jakarta.deskpilkada.posko;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/**
 * A live event that is also a sign of life from one post (an alert change, a device report, a
 * sign-in, later a filed issue or report). Publishing one inside a transaction records the post's
 * last activity in the same transaction; the wall turns a post grey after a long silence.
 */
public interface PoskoActivityEvent extends LiveEvent {

    long poskoId();

    /** A short kind for the record, e.g. "ALERT", "DEVICE", "SIGN_IN". */
    String activityKind();

    /** False for events about the post that its people did not cause (e.g. an automatic report). */
    default boolean isActivity() {
        return true;
    }
}
