package id.go.jakarta.deskpilkada.posko;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.List;

/** Posts were added, described anew, reordered, retired or brought back by the ADMIN. */
public record PostsChanged(List<Long> poskoIds) implements LiveEvent {

    public PostsChanged {
        poskoIds = List.copyOf(poskoIds);
    }
}
