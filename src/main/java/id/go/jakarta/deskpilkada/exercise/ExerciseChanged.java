package id.go.jakarta.deskpilkada.exercise;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;

/** A scenario run moved on, ended, or the exercise's data was wiped. */
public record ExerciseChanged(long runId) implements LiveEvent {}
