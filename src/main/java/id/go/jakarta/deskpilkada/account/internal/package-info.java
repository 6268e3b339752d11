/**
 * Accounts' storage and the first ADMIN created at start: internal to the account module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.account.internal;

import org.jspecify.annotations.NullMarked;
