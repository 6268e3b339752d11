/**
 * The demo data (DKI Jakarta 2017), written through the features' services as the demo accounts
 * that would write it; nothing here is used by another module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.demo.internal;

import org.jspecify.annotations.NullMarked;
