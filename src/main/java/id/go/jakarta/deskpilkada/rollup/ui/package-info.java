/** The roll-up screens: the table with drill-down for people, the wall for the duty room's screens. */
@NullMarked
package id.go.jakarta.deskpilkada.rollup.ui;

import org.jspecify.annotations.NullMarked;
