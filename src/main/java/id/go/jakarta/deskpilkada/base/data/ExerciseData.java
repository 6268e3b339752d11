package id.go.jakarta.deskpilkada.base.data;

/**
 * A feature's share of exercise data, so the exercise screen can prepare and wipe it without knowing
 * the features: a Spring {@code @Service} per feature that records anything.
 */
public interface ExerciseData {

    /**
     * Called in the transaction that activates an exercise election, still in the previous mode:
     * prepare what the exercise starts from (e.g. a copy of the real roster). Runs again when the same
     * or another exercise is activated later, so it must not copy twice. Only that desk's rows.
     */
    default void exerciseStarting(long desk) {}

    /**
     * Deletes every exercise row of the feature in that desk and resets its exercise state there;
     * returns rows removed.
     */
    int wipeExercise(long desk);
}
