package id.go.jakarta.deskpilkada.rollup;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.Set;

/**
 * The counts of these desks changed in the live snapshot: the roll-ups that sum them (their
 * province's, the national one) read them again. Published in the national desk, so that it wakes
 * no desk's own walls.
 */
public record DeskCountsChanged(Set<Long> deskIds) implements LiveEvent {}
