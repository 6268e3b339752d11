/**
 * Demo data for a first run and for tests: the 2017 DKI Jakarta governor election calendar, the
 * 54 daily officers plus reserves, and one demo account per role (listed in the README). Loaded
 * only with {@code desk.demo.enabled=true}, and only what is not there yet.
 */
@NullMarked
package id.go.jakarta.deskpilkada.demo;

import org.jspecify.annotations.NullMarked;
