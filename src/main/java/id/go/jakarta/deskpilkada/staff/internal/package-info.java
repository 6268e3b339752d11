/**
 * Officers' and units' storage, NIP and phone rules, the officer file's columns (read and written
 * by {@code base.table}).
 */
@NullMarked
package id.go.jakarta.deskpilkada.staff.internal;

import org.jspecify.annotations.NullMarked;
