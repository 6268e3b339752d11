/**
 * The cluster and the one live event path. A service publishes a past-tense {@link LiveEvent}
 * inside its transaction; {@link LiveEventRelay} updates the live snapshot and publishes the
 * event to a Hazelcast topic after commit; on every node {@link LiveEventBus} hands it to the
 * subscribed views, or tells them to reload when the stream has a gap.
 */
@NamedInterface("cluster")
@NullMarked
package id.go.jakarta.deskpilkada.base.cluster;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
