/** The login screen. */
@NullMarked
package id.go.jakarta.deskpilkada.base.security.ui;

import org.jspecify.annotations.NullMarked;
