package id.go.jakarta.deskpilkada.wilayah.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The four files of idn-area-data 4.0.1 shipped in the jar (see {@code reference/NOTICE.md}), read
 * parents first: provinces, kabupaten/kota, kecamatan, then kelurahan/desa. A real CSV reader: a few
 * names hold commas and quotes ("Lubuk Pakam I,II").
 */
final class IdnAreaData {

    /** One area as the files give it; {@code tier} is 1 (provinsi) to 4 (kelurahan/desa). */
    record Row(int tier, String code, @Nullable String parentCode, String name) {

        /** The first segment of the code: the province. */
        String provinsiCode() {
            return code.substring(0, 2);
        }

        /** The first two segments: the kabupaten/kota (null for a province). */
        @Nullable
        String kabkotaCode() {
            return tier == 1 ? null : code.substring(0, 5);
        }
    }

    static final String ROOT = "/reference/idn-area-data/";
    private static final String[] FILES = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private IdnAreaData() {}

    /** Hands every row whose code {@code wanted} accepts to {@code each}, parents before children. */
    static void read(Predicate<String> wanted, Consumer<Row> each) throws IOException {
        for (int tier = 1; tier <= FILES.length; tier++) {
            String file = ROOT + FILES[tier - 1];
            try (InputStream in = IdnAreaData.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IOException("Reference data " + file + " is missing from the classpath");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    for (CSVRecord record : FORMAT.parse(reader)) {
                        String code = record.get(0).strip();
                        if (!wanted.test(code)) {
                            continue;
                        }
                        String parent = tier == 1 ? null : record.get(1).strip();
                        String name = record.get(tier == 1 ? 1 : 2).strip();
                        if (code.isEmpty() || name.isEmpty() || tier > 1 && parent.isEmpty()) {
                            throw new IOException(file + " line " + record.getRecordNumber() + ": empty field");
                        }
                        each.accept(new Row(tier, code, parent, name));
                    }
                }
            }
        }
    }
}
