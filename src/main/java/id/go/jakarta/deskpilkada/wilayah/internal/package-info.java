/**
 * The administrative areas' storage: internal to the wilayah module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.wilayah.internal;

import org.jspecify.annotations.NullMarked;
