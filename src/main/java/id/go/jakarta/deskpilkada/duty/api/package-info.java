/** Duty's HTTP API for attendance devices: report an officer coming in or going out at a post. */
@NullMarked
package id.go.jakarta.deskpilkada.duty.api;

import org.jspecify.annotations.NullMarked;
