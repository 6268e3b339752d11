package id.go.jakarta.deskpilkada.base.data;

/**
 * A feature's share of exercise data, so the exercise screen can prepare and wipe it without knowing
 * the features: a Spring {@code @Service} per feature that records anything.
 */
public interface ExerciseData {

    /**
     * Called in the transaction that activates an exercise election, still in the previous mode:
     * prepare what the exercise starts from (e.g. a copy of the real roster). Runs again when the same
     * or another exercise is activated later, so it must not copy twice.
     */
    default void exerciseStarting() {}

    /** Deletes every exercise row of the feature and resets its exercise state; returns rows removed. */
    int wipeExercise();
}
