package id.go.jakarta.deskpilkada.base.data;

/** An entity whose rows belong to real work or to an exercise; see {@link ExerciseTagging}. */
public interface ExerciseTagged {

    /** Called once, before the row is first inserted, with the mode the desk is in. */
    void tagExercise(boolean exercise);
}
