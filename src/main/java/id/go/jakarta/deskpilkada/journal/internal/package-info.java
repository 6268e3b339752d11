/**
 * Journal entries' storage (append-only), settings and the exercise-data helper.
 */
@NullMarked
package id.go.jakarta.deskpilkada.journal.internal;

import org.jspecify.annotations.NullMarked;
