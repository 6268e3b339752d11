package id.go.jakarta.deskpilkada.base.data;

import java.util.function.Supplier;

/** Gives the exercise filter its parameter; Hibernate creates it through Spring's bean container. */
class ExerciseModeResolver implements Supplier<Boolean> {

    private final ExerciseMode mode;

    ExerciseModeResolver(ExerciseMode mode) {
        this.mode = mode;
    }

    @Override
    public Boolean get() {
        return mode.exercise();
    }
}
