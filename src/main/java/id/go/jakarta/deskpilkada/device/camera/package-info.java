/**
 * Camera snapshots fetched by the server: the allowed sources as rules ({@link CameraPolicy}), the
 * fetch with its limits ({@link CameraFetcher}) and the short cache that makes one camera request
 * per period however many walls ask ({@link SnapshotCache}). Internal to the device module.
 */
@NullMarked
package id.go.jakarta.deskpilkada.device.camera;

import org.jspecify.annotations.NullMarked;
