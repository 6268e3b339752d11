/**
 * Shifts', roster's and sign-in storage, the rotating QR codes and their shared secret, the
 * rules of who may hold which role, the roster export and the exercise-data helper.
 */
@NullMarked
package id.go.jakarta.deskpilkada.duty.internal;

import org.jspecify.annotations.NullMarked;
