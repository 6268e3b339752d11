/**
 * Posts' storage, alert history, activity (sign of life), the posts' part of the live snapshot
 * and the exercise-data helper.
 */
@NullMarked
package id.go.jakarta.deskpilkada.posko.internal;

import org.jspecify.annotations.NullMarked;
