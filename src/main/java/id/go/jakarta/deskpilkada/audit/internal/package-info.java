/** The audit entry table and its repository. */
@NullMarked
package id.go.jakarta.deskpilkada.audit.internal;

import org.jspecify.annotations.NullMarked;
