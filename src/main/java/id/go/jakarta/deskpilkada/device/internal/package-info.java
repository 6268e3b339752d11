/**
 * Devices' storage, their status history, the devices' part of the live snapshot and the
 * exercise-data helper: internal to the device module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.device.internal;

import org.jspecify.annotations.NullMarked;
