package id.go.jakarta.deskpilkada.wilayah.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads DKI Jakarta's administrative areas (1 provinsi, 6 wilayah, 44 kecamatan, 267 kelurahan)
 * from the reference CSV shipped in the jar. Data: idn-area-data 4.0.1, ODbL 1.0.
 * Rows are ordered parents first, so the parent reference always resolves.
 */
public class V2__Load_wilayah extends BaseJavaMigration {

    static final String CSV = "/reference/dki-jakarta-wilayah.csv";

    @Override
    public void migrate(Context context) throws Exception {
        try (InputStream in = V2__Load_wilayah.class.getResourceAsStream(CSV)) {
            if (in == null) {
                throw new IOException("Reference data " + CSV + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"level,code,parent_code,name".equals(header)) {
                throw new IOException("Unexpected header in " + CSV + ": " + header);
            }
            try (PreparedStatement insert = context.getConnection()
                    .prepareStatement("insert into wilayah (code, parent_code, level, name) values (?, ?, ?, ?)")) {
                String line;
                int lineNo = 1;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    // Names hold no commas in this file; a fourth field keeps any that might.
                    String[] f = line.split(",", 4);
                    if (f.length != 4) {
                        throw new IOException(CSV + " line " + lineNo + ": expected 4 fields");
                    }
                    insert.setString(1, f[1].trim());
                    insert.setString(2, f[2].isBlank() ? null : f[2].trim());
                    insert.setString(3, f[0].trim().toUpperCase(java.util.Locale.ROOT));
                    insert.setString(4, f[3].trim());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
