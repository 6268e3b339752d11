package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.List;

/**
 * Issue categories were created, renamed, reordered, retired, restored or imported: the issue
 * form's picker, the wall's charts and the setup console reload them.
 *
 * @param categoryIds the categories that changed
 */
public record CategoriesChanged(List<Long> categoryIds) implements LiveEvent {

    public CategoriesChanged {
        // Travels between nodes: a plain JDK list, which the Hazelcast allow-list (java.*) admits.
        categoryIds = List.copyOf(categoryIds.stream().distinct().sorted().toList());
    }
}
