/**
 * Flyway's Java migrations of the wilayah module (listed in {@code spring.flyway.locations}): the
 * reference tree loaded once into the database.
 */
@NullMarked
package id.go.jakarta.deskpilkada.wilayah.migration;

import org.jspecify.annotations.NullMarked;
