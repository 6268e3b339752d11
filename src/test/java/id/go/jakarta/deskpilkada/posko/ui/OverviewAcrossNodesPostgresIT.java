package id.go.jakarta.deskpilkada.posko.ui;

import id.go.jakarta.deskpilkada.PostgresConfigured;
import java.util.List;

/** {@link OverviewAcrossNodesContract} with both nodes on PostgreSQL. */
@PostgresConfigured
class OverviewAcrossNodesPostgresIT extends OverviewAcrossNodesContract {

    @Override
    List<String> database() {
        return PostgresConfigured.Settings.nodeArguments();
    }
}
