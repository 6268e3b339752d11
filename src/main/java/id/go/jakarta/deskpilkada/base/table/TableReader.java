package id.go.jakarta.deskpilkada.base.table;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a table file into raw rows: CSV (UTF-8, optional BOM, {@code ;} or {@code ,} as found in
 * the header) or XLSX (first sheet), told apart by content, never by file name. The first
 * non-blank row is the header; it names the columns by {@link TableColumns}. A problem with the
 * whole file is thrown; a problem with one row travels with the row. No database here: the
 * import checks the rows (see {@link ImportPlan}) and applies them in one transaction.
 */
public final class TableReader {

    /** Largest file accepted, in megabytes and in bytes. */
    public static final int MAX_MB = 2;

    public static final int MAX_BYTES = MAX_MB * 1024 * 1024;

    /** What an XLSX may unpack to: 5000 rows take a few MB, a zip bomb far more. */
    static final long MAX_UNPACKED = 40L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final Logger log = LoggerFactory.getLogger(TableReader.class);

    private TableReader() {}

    /**
     * The data rows of the file (blank rows skipped), each with its line.
     *
     * @throws DeskException {@code table.import.*} (INVALID) if the file as a whole cannot be taken:
     *                       too large, no CSV or XLSX, not UTF-8, a bad header, no or too many rows
     */
    public static List<TableRow> read(InputStream in, TableColumns columns) {
        byte[] bytes = readAtMost(in);
        if (bytes.length == 0) {
            throw DeskException.invalid("table.import.empty");
        }
        if (startsWith(bytes, ZIP)) {
            return readXlsx(bytes, columns);
        }
        if (startsWith(bytes, OLE2)) {
            throw DeskException.invalid("table.import.xls");
        }
        if (startsWith(bytes, PDF) || looksBinary(bytes)) {
            throw DeskException.invalid("table.import.wrongType");
        }
        return readCsv(bytes, columns);
    }

    private static byte[] readAtMost(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw DeskException.invalid("table.import.tooLarge", MAX_MB);
            }
            return bytes;
        } catch (IOException e) {
            throw DeskException.invalid("table.import.unreadable");
        }
    }

    private static List<TableRow> readCsv(byte[] bytes, TableColumns columns) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw DeskException.invalid("table.import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw DeskException.invalid("table.import.empty");
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        int[] lineStarts = lineStarts(text);
        Rows rows = new Rows(columns);
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, format);
        } catch (IOException e) {
            throw DeskException.invalid("table.import.unreadable");
        }
        long linesRead = 0;
        try (parser) {
            for (CSVRecord record : parser) {
                rows.add(lineOf(lineStarts, record.getCharacterPosition()), record.toList());
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            // An unclosed quote runs to the end of the file, where the parser gives up: name the line
            // the broken record starts on, the one after the last record read whole.
            throw DeskException.invalid("table.import.csv.malformed", linesRead + 1);
        }
        return rows.result();
    }

    private static List<TableRow> readXlsx(byte[] bytes, TableColumns columns) {
        checkUnpackedSize(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw DeskException.invalid("table.import.noRows");
            }
            SheetRows handler = new SheetRows(new Rows(columns));
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(),
                    reader.getSharedStringsTable(),
                    handler,
                    new DataFormatter(Locale.ROOT),
                    false));
            try (InputStream sheet = sheets.next()) {
                xml.parse(new InputSource(sheet));
            }
            return handler.rows.result();
        } catch (DeskException e) {
            throw e;
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | POIXMLException
                | IllegalArgumentException
                | IllegalStateException e) {
            // A zip that is no workbook (a .docx, a plain archive) or a damaged one.
            log.debug("Not a readable XLSX", e);
            throw DeskException.invalid("table.import.wrongType");
        }
    }

    /** Unpacks nothing, only counts: a small zip must not grow into gigabytes of XML. */
    private static void checkUnpackedSize(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                log.trace("zip entry {}", entry.getName());
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw DeskException.invalid("table.import.tooLarge", MAX_MB);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw DeskException.invalid("table.import.wrongType");
        }
    }

    /** Collects rows: the first non-blank row is the header, the rest are data. */
    private static final class Rows {

        private final TableColumns columns;
        private @Nullable Header header;
        private final List<TableRow> rows = new ArrayList<>();

        Rows(TableColumns columns) {
            this.columns = columns;
        }

        void add(int line, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (header == null) {
                header = Header.of(cells, columns);
                return;
            }
            if (rows.size() == columns.maxRows()) {
                throw DeskException.invalid("table.import.tooManyRows", columns.maxRows());
            }
            rows.add(header.row(line, cells));
        }

        List<TableRow> result() {
            if (header == null || rows.isEmpty()) {
                throw DeskException.invalid("table.import.noRows");
            }
            return List.copyOf(rows);
        }
    }

    /** The header row: which column sits at which position. */
    private record Header(String[] columnAt) {

        static Header of(List<String> cells, TableColumns columns) {
            String[] columnAt = new String[cells.size()];
            boolean anyKnown = false;
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!columns.all().contains(name)) {
                    unknown.add(cells.get(i).strip());
                    continue;
                }
                if (Arrays.asList(columnAt).contains(name)) {
                    throw DeskException.invalid("table.import.header.duplicate", name);
                }
                columnAt[i] = name;
                anyKnown = true;
            }
            String known = String.join(", ", columns.all());
            if (!anyKnown) {
                throw DeskException.invalid("table.import.header.none", known);
            }
            if (!unknown.isEmpty()) {
                throw DeskException.invalid("table.import.header.unknown", String.join(", ", unknown), known);
            }
            List<String> missing = columns.required().stream()
                    .filter(c -> !Arrays.asList(columnAt).contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                throw DeskException.invalid("table.import.header.missing", String.join(", ", missing));
            }
            return new Header(columnAt);
        }

        TableRow row(int line, List<String> cells) {
            Map<String, String> values = new HashMap<>();
            DeskException problem = null;
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i).strip();
                String column = i < columnAt.length ? columnAt[i] : null;
                if (column != null) {
                    values.put(column, value);
                } else if (!value.isEmpty() && problem == null) {
                    // Typically a name with the delimiter in it and no quotes: the columns shifted.
                    problem = DeskException.invalid("table.import.unnamedCell", i + 1);
                }
            }
            return new TableRow(line, values, problem);
        }
    }

    /** Receives the first sheet's cells from POI's streaming reader, row by row. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, cells);
        }

        @Override
        public void cell(@Nullable String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String value = formattedValue == null ? "" : formattedValue.strip();
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    /** Control characters other than tab and line breaks do not occur in a CSV someone typed. */
    private static boolean looksBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** Where each line begins (after \n, \r\n or a lone \r). */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
