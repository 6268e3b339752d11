/**
 * The issues screens of this package: the per-wilayah board with the filterable list of the
 * issues the signed-in person may see, and its export.
 */
@NullMarked
package id.go.jakarta.deskpilkada.issues.ui;

import org.jspecify.annotations.NullMarked;
