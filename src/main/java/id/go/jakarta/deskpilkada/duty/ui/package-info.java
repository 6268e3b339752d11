/** Duty screens: roster planner, the chief's sign-in board with QR codes, the officer's phone page, coverage history. */
@NullMarked
package id.go.jakarta.deskpilkada.duty.ui;

import org.jspecify.annotations.NullMarked;
