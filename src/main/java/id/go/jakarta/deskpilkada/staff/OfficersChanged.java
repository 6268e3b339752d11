package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.List;

/**
 * Officers were created, edited, (de)activated or imported.
 *
 * @param poskoIds the posts whose roster changed (an officer moved between posts changes both)
 */
public record OfficersChanged(List<Long> poskoIds) implements LiveEvent {

    public OfficersChanged {
        // Travels between nodes: a plain JDK list, which the Hazelcast allow-list (java.*) admits.
        poskoIds = List.copyOf(poskoIds.stream().distinct().sorted().toList());
    }
}
