/**
 * Integration clients' storage (hashed tokens): internal to the integration module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.integration.internal;

import org.jspecify.annotations.NullMarked;
