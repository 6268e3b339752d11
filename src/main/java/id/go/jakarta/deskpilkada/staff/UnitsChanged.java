package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.List;

/**
 * Units were created, renamed, reordered, retired, restored or imported: pickers and names reload.
 *
 * @param unitIds the units that changed
 */
public record UnitsChanged(List<Long> unitIds) implements LiveEvent {

    public UnitsChanged {
        // Travels between nodes: a plain JDK list, which the Hazelcast allow-list (java.*) admits.
        unitIds = List.copyOf(unitIds.stream().distinct().sorted().toList());
    }
}
