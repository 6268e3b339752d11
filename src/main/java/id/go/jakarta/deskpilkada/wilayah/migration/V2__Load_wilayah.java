package id.go.jakarta.deskpilkada.wilayah.migration;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads DKI Jakarta's areas (province 31) from idn-area-data 4.0.1, as the first desk needed them
 * (its posts, V3, point at them); the rest of the country comes with {@code V15}. The level names
 * are the schema's of that time (V14 renames them).
 */
public class V2__Load_wilayah extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("insert into wilayah (code, parent_code, level, name) values (?, ?, ?, ?)")) {
            IdnAreaData.read(code -> code.startsWith("31"), row -> {
                try {
                    insert.setString(1, row.code());
                    insert.setString(2, row.parentCode());
                    insert.setString(3, levelOfThatTime(row));
                    insert.setString(4, row.name());
                    insert.addBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            insert.executeBatch();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalStateException("Could not load the wilayah of province 31", e);
        }
    }

    private static String levelOfThatTime(IdnAreaData.Row row) {
        return switch (row.tier()) {
            case 1 -> "PROVINSI";
            case 2 -> Integer.parseInt(row.code().substring(3, 5)) >= 71 ? "KOTA" : "KABUPATEN";
            case 3 -> "KECAMATAN";
            default -> "KELURAHAN";
        };
    }
}
