package id.go.jakarta.deskpilkada.base.cluster;

import java.io.Serializable;

/**
 * A past-tense fact a service published inside its transaction ({@code PoskoAlertLevelChanged}).
 * Events hold ids, not state: receivers read the current state from the live snapshot.
 */
public interface LiveEvent extends Serializable {}
