/**
 * The issues intake API for integration clients (field apps, the hotline desk, bots) under
 * {@code /api/v1}: file issues with an optional Idempotency-Key, list and filter them, move them
 * through the workflow, comment, attach photos and PDFs. It only translates HTTP to the
 * {@code issues} services, which check every rule; see {@code docs/api.md}.
 */
@NullMarked
package id.go.jakarta.deskpilkada.issues.api;

import org.jspecify.annotations.NullMarked;
