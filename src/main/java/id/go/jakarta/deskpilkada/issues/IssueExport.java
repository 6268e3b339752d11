package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.internal.Issue;
import id.go.jakarta.deskpilkada.issues.internal.IssueAccess;
import id.go.jakarta.deskpilkada.issues.internal.IssueCategory;
import id.go.jakarta.deskpilkada.issues.internal.IssueCategoryRepository;
import id.go.jakarta.deskpilkada.issues.internal.IssueQueries;
import id.go.jakarta.deskpilkada.issues.internal.IssueRepository;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the issues a filter selects, within the signed-in actor's scope, as CSV or XLSX, streamed:
 * any number of rows in bounded memory. Rows are read newest first in keyset batches of
 * {@value #BATCH} (reported time, then id), each in its own short read-only transaction, so an
 * export of 100,000 rows neither holds a connection nor a persistence context for its whole run;
 * names of categories, places, stages, posts and units come from maps read once, not per row.
 *
 * <p>Formula injection: a CSV cell that begins with {@code = + - @}, a tab or a carriage return is
 * written with a leading single quote ({@code '=SUM(A1)}), the neutralisation spreadsheet programs
 * recognise and OWASP recommends; the quote stays visible, so a reader sees the text was not a
 * formula. XLSX cells are typed text cells (never formulas) with Excel's own quote-prefix flag, so
 * nothing is evaluated there and the value is shown as entered.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class IssueExport {

    /** Rows per read. */
    static final int BATCH = 1000;
    /** Rows the XLSX writer keeps in memory; older rows go to a temporary file. */
    static final int WINDOW = 100;

    /** The header, in Indonesian: the file is a record of the desk, whatever the reader's language. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "waktu lapor (WIB)",
            "judul",
            "uraian",
            "kategori",
            "keparahan",
            "status",
            "wilayah",
            "kecamatan",
            "kelurahan",
            "TPS",
            "alamat",
            "tahapan",
            "sumber",
            "pelapor",
            "posko",
            "dirujuk ke",
            "diterima (WIB)",
            "selesai (WIB)",
            "alasan tolak");

    private static final int[] WIDTHS = {8, 17, 40, 60, 22, 10, 14, 18, 18, 20, 6, 30, 26, 18, 26, 26, 30, 17, 17, 16};
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("reportedAt"), Sort.Order.desc("id"));

    private final IssueRepository issues;
    private final IssueCategoryRepository categories;
    private final IssueAccess access;
    private final WilayahService wilayah;
    private final ElectionService elections;
    private final StaffService staff;
    private final PoskoService posko;
    private final Messages messages;
    private final TransactionTemplate readOnly;

    IssueExport(
            IssueRepository issues,
            IssueCategoryRepository categories,
            IssueAccess access,
            WilayahService wilayah,
            ElectionService elections,
            StaffService staff,
            PoskoService posko,
            Messages messages,
            PlatformTransactionManager transactions) {
        this.issues = issues;
        this.categories = categories;
        this.access = access;
        this.wilayah = wilayah;
        this.elections = elections;
        this.staff = staff;
        this.posko = posko;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Writes every issue the filter selects that the signed-in actor may see, newest first. The
     * stream is flushed, not closed. {@code progress} is told the number of rows written after each
     * batch (and once at the end); it may throw to stop the export (e.g. a cancelled download).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void write(IssueFilter filter, TableFormat format, OutputStream out, LongConsumer progress) {
        write(filter, format, out, progress, BATCH);
    }

    /** As {@link #write(IssueFilter, TableFormat, OutputStream, LongConsumer)}, reading {@code batch} rows at a time. */
    void write(IssueFilter filter, TableFormat format, OutputStream out, LongConsumer progress, int batch) {
        Specification<Issue> selected = access.scope(CurrentActor.require()).and(IssueQueries.matching(filter));
        Names names = names();
        try (Sink sink = format == TableFormat.CSV ? new CsvSink(out) : new XlsxSink(out)) {
            sink.header(COLUMNS);
            long written = 0;
            @Nullable IssueInfo last = null;
            while (true) {
                Specification<Issue> where = last == null ? selected : selected.and(before(last));
                List<IssueInfo> rows = readOnly.execute(tx ->
                        issues
                                .findBy(
                                        where,
                                        q -> q.sortBy(NEWEST_FIRST).limit(batch).all())
                                .stream()
                                .map(Issue::toInfo)
                                .toList());
                if (rows == null || rows.isEmpty()) {
                    break;
                }
                for (IssueInfo issue : rows) {
                    sink.row(names.cells(issue));
                }
                written += rows.size();
                progress.accept(written);
                if (rows.size() < batch) {
                    break;
                }
                last = rows.getLast();
            }
            sink.finish();
            if (written == 0) {
                progress.accept(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows after the given one in newest-first order (the keyset continuation). */
    private static Specification<Issue> before(IssueInfo last) {
        Instant at = last.reportedAt();
        long id = last.id();
        return (root, query, cb) -> cb.or(
                cb.lessThan(root.get("reportedAt"), at),
                cb.and(cb.equal(root.get("reportedAt"), at), cb.lessThan(root.get("id"), id)));
    }

    private Names names() {
        Map<Long, String> categoryNames = categories.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(IssueCategory::toInfo)
                .collect(Collectors.toMap(CategoryInfo::id, CategoryInfo::name));
        Map<Long, String> unitNames = staff.units().stream().collect(Collectors.toMap(UnitInfo::id, UnitInfo::name));
        Map<Long, String> postNames =
                posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, PoskoTile::name));
        Map<String, String> stageNames = new HashMap<>();
        for (ElectionInfo election : elections.all()) {
            for (StageInfo stage : election.stages()) {
                stageNames.put(election.id() + ":" + stage.seq(), stage.name());
            }
            for (StageInfo stage : election.retiredStages()) {
                stageNames.put(election.id() + ":" + stage.seq(), stage.name());
            }
        }
        Map<Enum<?>, String> labels = new HashMap<>();
        for (Severity s : Severity.values()) {
            labels.put(s, messages.get(s.labelKey()));
        }
        for (IssueStatus s : IssueStatus.values()) {
            labels.put(s, messages.get(s.labelKey()));
        }
        for (IssueSource s : IssueSource.values()) {
            labels.put(s, messages.get(s.labelKey()));
        }
        for (Rejection r : Rejection.values()) {
            labels.put(r, messages.get(r.labelKey()));
        }
        return new Names(categoryNames, unitNames, postNames, stageNames, wilayah, labels);
    }

    /** The lookups of one export, read once. */
    private record Names(
            Map<Long, String> categories,
            Map<Long, String> units,
            Map<Long, String> posts,
            Map<String, String> stages,
            WilayahService areas,
            Map<Enum<?>, String> labels) {

        /** One issue's cells: a Long, LocalDateTimes (WIB) and Strings (empty for nothing). */
        Object[] cells(IssueInfo i) {
            return new Object[] {
                i.id(),
                wib(i.reportedAt()),
                i.title(),
                text(i.description()),
                categories.getOrDefault(i.categoryId(), ""),
                labels.get(i.severity()),
                labels.get(i.status()),
                area(i.wilayahCode(), true),
                area(i.kecamatanCode(), false),
                area(i.kelurahanCode(), false),
                text(i.tps()),
                text(i.address()),
                stage(i),
                labels.get(i.source()),
                i.reporter(),
                posts.getOrDefault(i.poskoId(), ""),
                i.assignedUnitId() == null ? "" : units.getOrDefault(i.assignedUnitId(), ""),
                wib(i.acknowledgedAt()),
                wib(i.resolvedAt()),
                i.rejection() == null ? "" : labels.get(i.rejection())
            };
        }

        private String area(@Nullable String code, boolean shortName) {
            WilayahArea area = code == null ? null : areas.find(code).orElse(null);
            return area == null ? "" : shortName ? area.shortName() : area.name();
        }

        private String stage(IssueInfo i) {
            if (i.stageSeq() == null) {
                return "";
            }
            return stages.getOrDefault(i.electionId() + ":" + i.stageSeq(), String.valueOf(i.stageSeq()));
        }

        private static @Nullable LocalDateTime wib(@Nullable Instant at) {
            return at == null ? null : LocalDateTime.ofInstant(at, Wib.ZONE);
        }

        private static String text(@Nullable String s) {
            return s == null ? "" : s;
        }
    }

    /** A cell value a spreadsheet program would take for a formula, made inert (see the class comment). */
    static String neutralised(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    private interface Sink extends AutoCloseable {
        void header(List<String> columns) throws IOException;

        void row(Object[] cells) throws IOException;

        void finish() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** UTF-8 with a BOM, {@code ;} between cells and CRLF: Excel with Indonesian settings opens it as columns. */
    private static final class CsvSink implements Sink {

        private final CSVPrinter printer;

        CsvSink(OutputStream out) throws IOException {
            OutputStream kept = new KeepOpen(out);
            kept.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            this.printer = new CSVPrinter(
                    new BufferedWriter(new OutputStreamWriter(kept, StandardCharsets.UTF_8), 1 << 16),
                    CSVFormat.DEFAULT
                            .builder()
                            .setDelimiter(';')
                            .setRecordSeparator("\r\n")
                            .get());
        }

        @Override
        public void header(List<String> columns) throws IOException {
            printer.printRecord(columns);
        }

        @Override
        public void row(Object[] cells) throws IOException {
            for (Object cell : cells) {
                printer.print(
                        switch (cell) {
                            case null -> "";
                            case LocalDateTime time -> CSV_TIME.format(time);
                            case String text -> neutralised(text);
                            default -> cell.toString();
                        });
            }
            printer.println();
        }

        @Override
        public void finish() throws IOException {
            printer.flush();
        }

        @Override
        public void close() throws IOException {
            printer.close();
        }
    }

    /**
     * A streaming workbook: {@value #WINDOW} rows in memory, the rest in a gzip-compressed temporary
     * file, deleted on close; inline strings, no shared-strings table held in memory. Uncompressed,
     * the temporary file of a large export would be many times the workbook (more with long
     * descriptions, and several exports may run at once); compressing costs some seconds per
     * hundred thousand rows. The desk's disk also holds the database, so the disk is spared.
     */
    private static final class XlsxSink implements Sink {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        private final SXSSFSheet sheet = workbook.createSheet("Permasalahan");
        private final CellStyle text;
        private final CellStyle time;
        private final CellStyle bold;
        private int next;

        XlsxSink(OutputStream out) {
            this.out = out;
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setQuotePrefixed(true);
            time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
        }

        @Override
        public void header(List<String> columns) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }

        @Override
        public void row(Object[] cells) {
            Row row = sheet.createRow(next++);
            for (int c = 0; c < cells.length; c++) {
                Object value = cells[c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                switch (value) {
                    case Long number -> cell.setCellValue(number);
                    case LocalDateTime at -> {
                        cell.setCellValue(at);
                        cell.setCellStyle(time);
                    }
                    default -> {
                        String s = value.toString();
                        if (!s.isEmpty()) {
                            cell.setCellValue(s);
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.write(new KeepOpen(out));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.dispose();
            } finally {
                workbook.close();
            }
        }
    }

    /** The caller's stream: flushed by a writer's close, never closed (the caller owns it). */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
