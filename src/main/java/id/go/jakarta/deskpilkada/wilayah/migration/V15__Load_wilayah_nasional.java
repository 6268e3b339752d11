package id.go.jakarta.deskpilkada.wilayah.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the whole country from idn-area-data 4.0.1: every area not yet in the table, in batches,
 * parents first; the names of those already there follow the data (province 31 was "DKI Jakarta").
 * Codes are never deleted or changed: posts, elections and issues point at them. Ends by counting
 * the rows per level and fails unless they are the data's (38, 514, 7,285 and 83,762).
 */
public class V15__Load_wilayah_nasional extends BaseJavaMigration {

    static final Map<String, Integer> EXPECTED =
            Map.of("PROVINSI", 38, "KABKOTA", 514, "KECAMATAN", 7285, "DESA", 83762);
    private static final String[] LEVELS = {"PROVINSI", "KABKOTA", "KECAMATAN", "DESA"};
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<String, String> present = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select code, name from wilayah")) {
            while (rows.next()) {
                present.put(rows.getString(1), rows.getString(2));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into wilayah"
                        + " (code, parent_code, level, name, provinsi_code, kabkota_code) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement rename = connection.prepareStatement("update wilayah set name = ? where code = ?")) {
            int[] pending = {0};
            IdnAreaData.read(code -> true, row -> {
                try {
                    String known = present.get(row.code());
                    if (known == null) {
                        insert.setString(1, row.code());
                        insert.setString(2, row.parentCode());
                        insert.setString(3, LEVELS[row.tier() - 1]);
                        insert.setString(4, row.name());
                        insert.setString(5, row.provinsiCode());
                        insert.setString(6, row.kabkotaCode());
                        insert.addBatch();
                        if (++pending[0] % BATCH == 0) {
                            insert.executeBatch();
                        }
                    } else if (!known.equals(row.name())) {
                        rename.setString(1, row.name());
                        rename.setString(2, row.code());
                        rename.executeUpdate();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            insert.executeBatch();
        }
        check(connection);
    }

    private static void check(Connection connection) throws SQLException {
        Map<String, Integer> counted = new HashMap<>();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select level, count(*) from wilayah group by level")) {
            while (rows.next()) {
                counted.put(rows.getString(1), rows.getInt(2));
            }
        }
        if (!counted.equals(EXPECTED)) {
            throw new IllegalStateException("wilayah rows per level are " + counted + ", expected " + EXPECTED);
        }
    }
}
