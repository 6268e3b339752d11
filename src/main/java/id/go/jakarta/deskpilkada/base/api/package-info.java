/**
 * The HTTP API's frame: its own stateless security chain (bearer tokens of integration clients),
 * and errors as problem+json in the caller's language (Indonesian unless Accept-Language asks English).
 */
@NamedInterface("api")
@NullMarked
package id.go.jakarta.deskpilkada.base.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
