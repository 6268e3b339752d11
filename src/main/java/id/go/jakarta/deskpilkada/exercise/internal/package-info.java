/**
 * The scenario file parser: internal to the exercise module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.exercise.internal;

import org.jspecify.annotations.NullMarked;
