/** Integration clients for ADMIN. */
@NullMarked
package id.go.jakarta.deskpilkada.integration.ui;

import org.jspecify.annotations.NullMarked;
