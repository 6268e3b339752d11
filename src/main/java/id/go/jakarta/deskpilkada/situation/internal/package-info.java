/**
 * Wall screens' and wall settings' storage: internal to the situation module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.situation.internal;

import org.jspecify.annotations.NullMarked;
