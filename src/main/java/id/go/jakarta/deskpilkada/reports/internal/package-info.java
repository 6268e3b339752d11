/**
 * Situation reports' storage, the due-time schedule, frozen facts, the missed-report watch, the
 * reports' part of the live snapshot and the exercise-data helper.
 */
@NullMarked
package id.go.jakarta.deskpilkada.reports.internal;

import org.jspecify.annotations.NullMarked;
