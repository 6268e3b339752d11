/**
 * Kominfomas devices of each post: CCTV cameras (with optional snapshot and stream addresses,
 * http/https only, never fetched or proxied by the server) and the teleconference endpoint, with
 * their status (up, down, unknown, since when) set from the UI or by a monitoring script via the API.
 */
@NullMarked
package id.go.jakarta.deskpilkada.device;

import org.jspecify.annotations.NullMarked;
