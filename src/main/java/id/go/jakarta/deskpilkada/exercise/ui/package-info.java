/** The exercise screen for ADMIN and the exercise banner on every person's screen. */
@NullMarked
package id.go.jakarta.deskpilkada.exercise.ui;

import org.jspecify.annotations.NullMarked;
