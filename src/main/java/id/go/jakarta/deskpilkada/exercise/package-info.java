/**
 * Exercise mode (latihan): scripted scenarios of timed injects (new issues, absences, device
 * failures, late reports, alert levels) played into an active exercise election, and wiping the
 * exercise's data. Isolation itself lives with the data: see
 * {@link id.go.jakarta.deskpilkada.base.data.ExerciseMode}.
 */
@NullMarked
package id.go.jakarta.deskpilkada.exercise;

import org.jspecify.annotations.NullMarked;
