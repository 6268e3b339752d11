package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.base.table.TableWriter;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostForm;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Posts as a CSV or XLSX file: {@code kode, nama, tingkat (pusat/wilayah), wilayah (Kemendagri
 * code), alamat, urutan, aktif}. An import updates the posts whose code it names and adds the
 * others; posts not in the file stay as they are. An export reads back unchanged.
 */
public final class PostFile {

    static final String CODE = "kode";
    static final String NAME = "nama";
    static final String LEVEL = "tingkat";
    static final String AREA = "wilayah";
    static final String ADDRESS = "alamat";
    static final String ORDER = "urutan";
    static final String ACTIVE = "aktif";
    static final TableColumns COLUMNS =
            new TableColumns(List.of(CODE, NAME, LEVEL, AREA, ADDRESS, ORDER, ACTIVE), List.of(CODE, NAME, AREA), 500);
    private static final int[] WIDTHS = {16, 40, 10, 14, 50, 8, 8};

    private PostFile() {}

    /** A post as read, whether it is in service, and its line. */
    public record Line(int line, PostForm post, boolean active) {}

    public static ImportPlan<Line> read(InputStream in) {
        return ImportPlan.of(TableReader.read(in, COLUMNS), PostFile::line);
    }

    private static Line line(TableRow row) {
        PoskoLevel level = switch (row.get(LEVEL).toLowerCase(Locale.ROOT)) {
            case "pusat", "provinsi", "central" -> PoskoLevel.PROVINSI;
            case "", "wilayah" -> PoskoLevel.WILAYAH;
            default -> throw DeskException.invalid("posko.import.level", row.get(LEVEL));
        };
        int order = 0;
        if (!row.get(ORDER).isEmpty()) {
            try {
                order = Integer.parseInt(row.get(ORDER));
            } catch (NumberFormatException e) {
                throw DeskException.invalid("posko.import.order", row.get(ORDER));
            }
        }
        return new Line(
                row.line(),
                new PostForm(
                        row.required(CODE).toUpperCase(Locale.ROOT),
                        row.required(NAME),
                        level,
                        row.required(AREA),
                        row.get(ADDRESS),
                        order),
                row.yesNo(ACTIVE, true));
    }

    public static byte[] write(TableFormat format, List<PoskoTile> posts) {
        return TableWriter.write(
                format,
                "Posko",
                COLUMNS.all(),
                WIDTHS,
                posts.stream()
                        .map(p -> List.of(
                                p.code(),
                                p.name(),
                                p.level() == PoskoLevel.PROVINSI ? "pusat" : "wilayah",
                                p.wilayahCode(),
                                p.address(),
                                String.valueOf(p.sortOrder()),
                                TableRow.yesNo(p.active())))
                        .toList());
    }
}
