/** The wall screen, screen pairing, the wall's administration and the leadership's drill-down. */
@NullMarked
package id.go.jakarta.deskpilkada.situation.ui;

import org.jspecify.annotations.NullMarked;
