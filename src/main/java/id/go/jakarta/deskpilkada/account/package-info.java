/**
 * User accounts: sign-in (passwords hashed with bcrypt), the one role of each account and the
 * post or agency it is bound to, the first ADMIN account, and account administration.
 */
@NullMarked
package id.go.jakarta.deskpilkada.account;

import org.jspecify.annotations.NullMarked;
