package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.io.InputStream;
import java.util.List;

/**
 * The columns of an officer file and its reading: a {@link TableReader} table whose rows
 * {@link StaffService#importOfficers} checks and applies in one transaction.
 */
public final class OfficerImport {

    public static final String NIP = "nip";
    public static final String NAME = "nama";
    public static final String UNIT = "unit";
    public static final String ROLE = "peran";
    public static final String PHONE = "telepon";
    public static final String POST = "posko";
    public static final String ACTIVE = "aktif";
    public static final String RESERVE = "cadangan";

    /** The columns in file order (an export writes exactly these); aktif and cadangan may be left out. */
    public static final TableColumns COLUMNS = new TableColumns(
            List.of(NIP, NAME, UNIT, ROLE, PHONE, POST, ACTIVE, RESERVE), List.of(NIP, NAME, UNIT, ROLE, PHONE, POST));

    private OfficerImport() {}

    /** The data rows of an officer file, or a problem with the whole file (thrown). */
    public static List<TableRow> read(InputStream in) {
        return TableReader.read(in, COLUMNS);
    }
}
