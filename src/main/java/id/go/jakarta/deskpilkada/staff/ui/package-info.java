/** The officers screen: the roster of each post, its edit dialog, import and export. */
@NullMarked
package id.go.jakarta.deskpilkada.staff.ui;

import org.jspecify.annotations.NullMarked;
