/** The desk table and its repository. */
@NullMarked
package id.go.jakarta.deskpilkada.desk.internal;

import org.jspecify.annotations.NullMarked;
