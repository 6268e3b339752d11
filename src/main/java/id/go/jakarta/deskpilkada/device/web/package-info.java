/** Plain HTTP for signed-in browsers and paired walls: camera snapshots from the application's origin. */
@NullMarked
package id.go.jakarta.deskpilkada.device.web;

import org.jspecify.annotations.NullMarked;
