/** The setup console's election screen: the election, its voting days and its stage calendar. */
@NullMarked
package id.go.jakarta.deskpilkada.election.ui;

import org.jspecify.annotations.NullMarked;
