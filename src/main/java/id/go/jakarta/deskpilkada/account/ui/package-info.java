/** Account administration for ADMIN. */
@NullMarked
package id.go.jakarta.deskpilkada.account.ui;

import org.jspecify.annotations.NullMarked;
