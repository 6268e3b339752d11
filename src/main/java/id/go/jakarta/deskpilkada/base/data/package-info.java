/**
 * Persistence basics shared by every feature's entities, and the exercise mode: entities that hold
 * what posts record carry {@code @Filter(name = ExerciseMode.FILTER)} and are tagged by
 * {@link id.go.jakarta.deskpilkada.base.data.ExerciseTagging}, so every entity query reads only the
 * rows of the mode the desk is in.
 */
@NamedInterface("data")
@NullMarked
@FilterDef(
        name = ExerciseMode.FILTER,
        defaultCondition = "exercise = :exercise",
        autoEnabled = true,
        applyToLoadByKey = true,
        parameters = @ParamDef(name = "exercise", type = Boolean.class, resolver = ExerciseModeResolver.class))
package id.go.jakarta.deskpilkada.base.data;

import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
