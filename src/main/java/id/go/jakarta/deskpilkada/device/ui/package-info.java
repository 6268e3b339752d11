/** Managing a post's CCTV cameras and teleconference endpoint, and setting their status. */
@NullMarked
package id.go.jakarta.deskpilkada.device.ui;

import org.jspecify.annotations.NullMarked;
