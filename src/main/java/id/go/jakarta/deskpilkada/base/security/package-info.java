/**
 * Who may do what. Users sign in with passwords hashed in the database; each has one
 * {@link Role} and, for a post chief or a Forkopimda liaison, the post or agency it is bound to.
 * Services ask {@link CurrentActor} and enforce scope themselves: hiding a button is never the check.
 */
@NamedInterface("security")
@NullMarked
package id.go.jakarta.deskpilkada.base.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
