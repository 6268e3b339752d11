package id.go.jakarta.deskpilkada.account.internal;

import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.base.table.TableWriter;
import java.io.InputStream;
import java.util.List;

/**
 * Accounts as a CSV or XLSX file, one account per row: {@code username}, {@code nama},
 * {@code peran} (the role's name or its label), {@code posko} (post code, for a chief or an
 * officer), {@code instansi} (agency code, for a Forkopimda liaison), {@code telepon},
 * {@code email} and {@code aktif} (ya/tidak). Never a password: the file of one-time passwords an
 * import made is a separate one ({@link #writePasswords}), offered once. An export reads back
 * unchanged.
 */
public final class AccountFile {

    public static final String USERNAME = "username";
    public static final String NAME = "nama";
    public static final String ROLE = "peran";
    public static final String POST = "posko";
    public static final String UNIT = "instansi";
    public static final String PHONE = "telepon";
    public static final String EMAIL = "email";
    public static final String ACTIVE = "aktif";
    static final String PASSWORD = "sandi_awal";

    /** Most accounts in one file: each new one costs a bcrypt hash (about 0.1 s of one core). */
    public static final int MAX_ROWS = 1000;

    /** The columns in file order (an export writes exactly these); only the first three must be there. */
    public static final TableColumns COLUMNS = new TableColumns(
            List.of(USERNAME, NAME, ROLE, POST, UNIT, PHONE, EMAIL, ACTIVE), List.of(USERNAME, NAME, ROLE), MAX_ROWS);

    private static final int[] WIDTHS = {24, 36, 16, 14, 14, 18, 32, 8};
    private static final int[] PASSWORD_WIDTHS = {24, 36, 16, 14, 14, 18};

    private AccountFile() {}

    /** An account as a row: role by its name, post and agency by their codes (empty when none). */
    public record Line(
            String username,
            String name,
            String role,
            String post,
            String unit,
            String phone,
            String email,
            boolean active) {}

    /** The data rows of an account file, or a problem with the whole file (thrown). */
    public static List<TableRow> read(InputStream in) {
        return TableReader.read(in, COLUMNS);
    }

    public static byte[] write(TableFormat format, List<Line> lines) {
        return TableWriter.write(
                format,
                "Pengguna",
                COLUMNS.all(),
                WIDTHS,
                lines.stream()
                        .map(l -> List.of(
                                l.username(),
                                l.name(),
                                l.role(),
                                l.post(),
                                l.unit(),
                                l.phone(),
                                l.email(),
                                TableRow.yesNo(l.active())))
                        .toList());
    }

    /**
     * The one-time passwords of new accounts, to hand over: username, name, role, post, agency and
     * {@code sandi_awal}, in the order given.
     */
    public static byte[] writePasswords(TableFormat format, List<Line> lines, List<String> passwords) {
        if (lines.size() != passwords.size()) {
            throw new IllegalArgumentException(lines.size() + " accounts, " + passwords.size() + " passwords");
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            rows.add(List.of(l.username(), l.name(), l.role(), l.post(), l.unit(), passwords.get(i)));
        }
        return TableWriter.write(
                format, "Sandi awal", List.of(USERNAME, NAME, ROLE, POST, UNIT, PASSWORD), PASSWORD_WIDTHS, rows);
    }
}
