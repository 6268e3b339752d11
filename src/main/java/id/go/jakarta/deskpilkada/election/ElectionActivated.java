package id.go.jakarta.deskpilkada.election;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** An election became the active one; when it is an exercise, the desk is in exercise mode now. */
public record ElectionActivated(long electionId, boolean exercise) implements LiveEvent {}
