/** The ADMIN's screen of the desks: the tree, and opening a region's desk or the 2024 set. */
@NullMarked
package id.go.jakarta.deskpilkada.desk.ui;

import org.jspecify.annotations.NullMarked;
