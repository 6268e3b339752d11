/**
 * Statements' storage with their versions, and the exercise-data helper.
 */
@NullMarked
package id.go.jakarta.deskpilkada.media.internal;

import org.jspecify.annotations.NullMarked;
