package id.go.jakarta.deskpilkada.base.data;

import jakarta.persistence.PrePersist;

/**
 * Entity listener that marks a new row as exercise data while the desk is in exercise mode. Hibernate
 * creates it through Spring's bean container, so it sees this node's {@link ExerciseMode}.
 */
public class ExerciseTagging {

    private final ExerciseMode mode;

    public ExerciseTagging(ExerciseMode mode) {
        this.mode = mode;
    }

    @PrePersist
    void tag(Object entity) {
        if (entity instanceof ExerciseTagged tagged) {
            tagged.tagExercise(mode.exercise());
        }
    }
}
