/** The audit trail as the ADMIN reads it. */
@NullMarked
package id.go.jakarta.deskpilkada.audit.ui;

import org.jspecify.annotations.NullMarked;
