/**
 * Officers' and units' storage, NIP and phone rules, officer import and export.
 */
@NullMarked
package id.go.jakarta.deskpilkada.staff.internal;

import org.jspecify.annotations.NullMarked;
