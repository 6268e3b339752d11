/**
 * Elections' and stages' storage: internal to the election module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.election.internal;

import org.jspecify.annotations.NullMarked;
