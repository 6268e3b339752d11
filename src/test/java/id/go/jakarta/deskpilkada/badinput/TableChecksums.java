package id.go.jakarta.deskpilkada.badinput;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Every row of every table of the application, each reduced to a 64-bit hash, so two snapshots
 * give the exact number of rows that appeared, disappeared or changed per table. Left out: the
 * migration history, and the "last used" time a valid machine token records when it signs a
 * request in (at most once a minute; that is authentication, not the request's doing).
 */
final class TableChecksums {

    private static final Set<String> SKIPPED_TABLES = Set.of("FLYWAY_SCHEMA_HISTORY");
    private static final Set<String> SKIPPED_COLUMNS = Set.of("LAST_USED_AT");

    private final DataSource dataSource;
    private final List<String> tables = new ArrayList<>();

    TableChecksums(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                String table = rs.getString(1).toUpperCase(Locale.ROOT);
                if (!SKIPPED_TABLES.contains(table)) {
                    tables.add(table);
                }
            }
        }
    }

    List<String> tables() {
        return List.copyOf(tables);
    }

    /** Per table, the sorted hashes of its rows. */
    Map<String, long[]> snapshot() throws SQLException {
        Map<String, long[]> snapshot = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int columns = meta.getColumnCount();
                    boolean[] skip = new boolean[columns + 1];
                    for (int i = 1; i <= columns; i++) {
                        skip[i] = SKIPPED_COLUMNS.contains(meta.getColumnName(i).toUpperCase(Locale.ROOT));
                    }
                    long[] rows = new long[64];
                    int n = 0;
                    while (rs.next()) {
                        long h = 1125899906842597L;
                        for (int i = 1; i <= columns; i++) {
                            if (skip[i]) {
                                continue;
                            }
                            Object value = rs.getObject(i);
                            long v = value == null
                                    ? 0
                                    : value instanceof byte[] bytes
                                            ? Arrays.hashCode(bytes)
                                            : value.toString().hashCode();
                            h = h * 1_000_003L + v + i;
                        }
                        if (n == rows.length) {
                            rows = Arrays.copyOf(rows, n * 2);
                        }
                        rows[n++] = h;
                    }
                    long[] sorted = Arrays.copyOf(rows, n);
                    Arrays.sort(sorted);
                    snapshot.put(table, sorted);
                }
            }
        }
        return snapshot;
    }

    /** Per table that differs, how many rows are in one snapshot and not the other (an update counts 2). */
    static Map<String, Integer> diff(Map<String, long[]> before, Map<String, long[]> after) {
        Map<String, Integer> changed = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] a = before.getOrDefault(e.getKey(), new long[0]);
            long[] b = e.getValue();
            if (Arrays.equals(a, b)) {
                continue;
            }
            int i = 0;
            int j = 0;
            int differ = 0;
            while (i < a.length || j < b.length) {
                if (j == b.length || i < a.length && a[i] < b[j]) {
                    differ++;
                    i++;
                } else if (i == a.length || b[j] < a[i]) {
                    differ++;
                    j++;
                } else {
                    i++;
                    j++;
                }
            }
            changed.put(e.getKey(), differ);
        }
        return changed;
    }
}
