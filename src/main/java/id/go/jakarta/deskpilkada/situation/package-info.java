/**
 * The situation wall for the Sekda's leadership: one shared, immutable JSON picture of all seven
 * posts built per node from the live snapshot ({@link WallModelService}), drawn by one web
 * component on every wall screen; paired wall screens (device tokens), the playlist, and the
 * leadership's drill-down into a post.
 */
@NullMarked
package id.go.jakarta.deskpilkada.situation;

import org.jspecify.annotations.NullMarked;
