/**
 * Integration clients of the API (monitoring scripts, field apps, a hotline desk): each has its
 * own token, shown once, stored hashed, revocable at once. A client acts with the INTEGRASI role.
 */
@NullMarked
package id.go.jakarta.deskpilkada.integration;

import org.jspecify.annotations.NullMarked;
