/**
 * Translations: Bahasa Indonesia first, English available. Message bundles live in
 * {@code i18n/messages*.properties}; services report problems as {@link DeskException}
 * with a message key so every screen and API can say them in the user's language.
 */
@NamedInterface("i18n")
@NullMarked
package id.go.jakarta.deskpilkada.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
