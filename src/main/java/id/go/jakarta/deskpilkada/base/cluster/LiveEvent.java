package id.go.jakarta.deskpilkada.base.cluster;

import java.io.Serializable;

/**
 * A past-tense fact a service published inside its transaction ({@code PoskoAlertLevelChanged}).
 * Events hold ids, not state: receivers read the current state from the live snapshot.
 */
public interface LiveEvent extends Serializable {

    /**
     * False for a fact that changes none of its desk's counts (posts per alert grade, open issues,
     * late referrals, coverage gaps, late reports): the roll-up then need not count the desk again.
     * True unless the event says otherwise, so a new kind of event is counted.
     */
    default boolean movesDeskCounts() {
        return true;
    }
}
