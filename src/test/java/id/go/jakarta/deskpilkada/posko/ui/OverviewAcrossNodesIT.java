package id.go.jakarta.deskpilkada.posko.ui;

import java.util.List;

/** {@link OverviewAcrossNodesContract} with both nodes on one in-memory H2 database. */
class OverviewAcrossNodesIT extends OverviewAcrossNodesContract {

    @Override
    List<String> database() {
        return List.of();
    }
}
