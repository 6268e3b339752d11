/** HTTP downloads of reference data: region maps. */
@NullMarked
package id.go.jakarta.deskpilkada.wilayah.web;

import org.jspecify.annotations.NullMarked;
