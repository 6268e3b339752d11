package id.go.jakarta.deskpilkada.issues.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.integration.IssuedApiToken;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake API as a field app, the hotline desk or a bot meets it: over real HTTP (so the
 * container's body and upload limits are part of the test), with a client token, retries with an
 * Idempotency-Key, and problem+json for everything it gets wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IssueApiTests {

    static final String GAMBIR_KEL = "31.71.01.1001";
    static final String PROBLEM_JSON = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    IntegrationService integrations;

    @Autowired
    IssueService issues;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JsonMapper json;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private IssuedApiToken client;

    @BeforeEach
    void aClient() {
        client = CurrentActor.asSystem(() -> integrations.issue("Hotline 110 " + System.nanoTime()));
    }

    // ---- filing -----------------------------------------------------------------------------------

    @Test
    void a_client_files_an_issue_and_gets_201_with_its_location_place_names_and_timeline() throws Exception {
        long before = stored();
        Map<String, Object> body = issue("Pembagian amplop di gang RT 03", "POLITIK_UANG", "TINGGI");
        body.put("description", "Dilaporkan warga lewat telepon");
        body.put("tps", "12");
        body.put("reporter", "Ibu Sari");
        body.put("pesanTambahan", "diabaikan");
        HttpResponse<String> response = post("/api/v1/issues", body, null);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode issue = json.readTree(response.body());
        long id = issue.get("id").asLong();
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/issues/" + id));
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(issue.get("status").asString()).isEqualTo("BARU");
        assertThat(issue.get("category").get("code").asString()).isEqualTo("POLITIK_UANG");
        assertThat(issue.get("kelurahan").get("name").asString()).isEqualTo("Gambir");
        assertThat(issue.get("kecamatan").get("code").asString()).isEqualTo("31.71.01");
        assertThat(issue.get("wilayah").get("name").asString()).isEqualTo("Jakarta Pusat");
        assertThat(issue.get("posko").get("code").asString()).isEqualTo("JAKPUS");
        assertThat(issue.get("source").asString()).isEqualTo("HOTLINE");
        assertThat(issue.get("reporter").asString())
                .isEqualTo("Ibu Sari (" + client.client().name() + ")");
        assertThat(issue.get("reportedAt").asString()).endsWith("Z");
        assertThat(issue.get("reportedAtWib").asString()).endsWith("+07:00");
        assertThat(issue.get("timeline")).hasSize(1);
        assertThat(issue.get("timeline").get(0).get("kind").asString()).isEqualTo("DIBUAT");
        assertThat(stored()).isEqualTo(before + 1);

        JsonNode read = json.readTree(get("/api/v1/issues/" + id).body());
        assertThat(read.get("title").asString()).isEqualTo("Pembagian amplop di gang RT 03");
        assertThat(read.get("version").asLong()).isEqualTo(issue.get("version").asLong());
        assertThat(issue.get("timeline"))
                .as("the answer's timeline is the stored one")
                .isEqualTo(read.get("timeline"));
        assertThat(issue.get("reportedAt")).isEqualTo(read.get("reportedAt"));
    }

    @Test
    void categories_are_listed_with_the_codes_a_client_files_with() throws Exception {
        HttpResponse<String> response = get("/api/v1/categories");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode categories = json.readTree(response.body());
        List<String> codes = new ArrayList<>();
        categories.forEach(c -> codes.add(c.get("code").asString()));
        assertThat(codes).contains("POLITIK_UANG", "KAMTIBMAS", "LAINNYA");
    }

    // ---- idempotency ----------------------------------------------------------------------------------

    @Test
    void a_retried_create_with_the_same_key_returns_the_first_issue() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = stored();
        HttpResponse<String> first = post("/api/v1/issues", issue("Kotak suara tertukar", "LOGISTIK", "SEDANG"), key);
        // The retry sends the same request differently formatted: other key order, extra spaces.
        String retried = "{ \"source\": \"HOTLINE\", \"severity\": \"SEDANG\",  \"kelurahan\": \"" + GAMBIR_KEL
                + "\", \"category\": \"LOGISTIK\", \"title\": \"Kotak suara tertukar \" }";
        HttpResponse<String> second = send(request("/api/v1/issues")
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(retried)));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(id(second)).isEqualTo(id(first));
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(stored()).isEqualTo(before + 1);

        // Keys are the client's own: another client with the same key files its own issue.
        IssuedApiToken other =
                CurrentActor.asSystem(() -> integrations.issue("Aplikasi lapangan " + System.nanoTime()));
        HttpResponse<String> third = send(request("/api/v1/issues", other.token())
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(retried)));
        assertThat(third.statusCode()).isEqualTo(201);
        assertThat(id(third)).isNotEqualTo(id(first));
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void the_same_key_with_another_body_is_a_409_problem_and_stores_nothing() throws Exception {
        String key = "hotline-2024-11-27-0042";
        HttpResponse<String> first =
                post("/api/v1/issues", issue("Spanduk paslon di sekolah", "KAMPANYE_APK", "RENDAH"), key);
        assertThat(first.statusCode()).isEqualTo(201);
        long before = stored();

        HttpResponse<String> reused = post("/api/v1/issues", issue("Baliho roboh", "BENCANA", "SEDANG"), key);

        assertProblem(
                reused,
                409,
                "Idempotency-Key ini sudah dipakai untuk laporan dengan isi berbeda (permasalahan #" + id(first) + ")");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void simultaneous_creates_with_one_key_file_one_issue_and_all_answer_it() throws Exception {
        String key = "race-" + UUID.randomUUID();
        long before = stored();
        Map<String, Object> body = issue("Massa berkumpul di depan TPS 5", "KAMTIBMAS", "KRITIS");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<HttpResponse<String>> create = () -> {
                start.await();
                return post("/api/v1/issues", body, key);
            };
            List<Future<HttpResponse<String>>> creates = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                creates.add(pool.submit(create));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> each : creates) {
                ids.add(id(each.get()));
            }
            assertThat(ids).hasSize(4).containsOnly(ids.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void parallel_requests_of_one_client_are_all_let_in() throws Exception {
        // A fresh token: every request wants to record its first use at the same moment.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return get("/api/v1/categories");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                assertThat(call.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- listing --------------------------------------------------------------------------------------

    @Test
    void the_list_filters_by_place_status_severity_category_and_text_and_pages() throws Exception {
        String word = "zx" + Long.toString(System.nanoTime(), 36);
        long rendah = id(post("/api/v1/issues", issue("Poster " + word + " satu", "KAMPANYE_APK", "RENDAH"), null));
        long kritis = id(post("/api/v1/issues", issue("Bentrok " + word + " dua", "KAMTIBMAS", "KRITIS"), null));
        long sedang = id(post("/api/v1/issues", issue("Logistik " + word + " tiga", "LOGISTIK", "SEDANG"), null));

        JsonNode all = list("q=" + word);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(ids(all)).containsExactly(sedang, kritis, rendah);

        JsonNode bySeverity = list("q=" + word + "&sort=severity,desc");
        assertThat(ids(bySeverity)).containsExactly(kritis, sedang, rendah);
        assertThat(ids(list("q=" + word + "&sort=reportedAt,asc"))).containsExactly(rendah, kritis, sedang);

        JsonNode firstPage = list("q=" + word + "&size=2&page=0");
        JsonNode secondPage = list("q=" + word + "&size=2&page=1");
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("size").asInt()).isEqualTo(2);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(ids(secondPage)).containsExactly(rendah);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);

        assertThat(ids(list("q=" + word + "&severity=KRITIS&severity=rendah"))).containsExactly(kritis, rendah);
        assertThat(ids(list("q=" + word + "&severity=KRITIS,SEDANG"))).containsExactly(sedang, kritis);
        assertThat(ids(list("q=" + word + "&category=LOGISTIK"))).containsExactly(sedang);
        assertThat(ids(list("q=" + word + "&wilayah=" + GAMBIR_KEL + "&status=BARU&source=HOTLINE")))
                .hasSize(3);
        assertThat(ids(list("q=" + word + "&wilayah=31.72"))).isEmpty();
        assertThat(ids(list("q=" + word + "&status=SELESAI"))).isEmpty();
        String today = java.time.LocalDate.now(id.go.jakarta.deskpilkada.base.time.Wib.ZONE)
                .toString();
        assertThat(ids(list("q=" + word + "&from=" + today + "&to=" + today))).hasSize(3);
        assertThat(ids(list("q=" + word + "&to=2020-01-01"))).isEmpty();
        assertThat(list("q=" + word).get("items").get(0).has("timeline")).isFalse();
    }

    @Test
    void bad_list_parameters_are_a_400_problem_naming_the_parameter() throws Exception {
        assertProblem(
                get("/api/v1/issues?status=TERBUKA"), 400, "Parameter status tidak sah. Nilai yang diizinkan: BARU,");
        assertProblem(get("/api/v1/issues?severity=5"), 400, "Parameter severity tidak sah");
        assertProblem(get("/api/v1/issues?source=twitter"), 400, "Parameter source tidak sah");
        assertProblem(get("/api/v1/issues?from=2024-13-01"), 400, "Parameter from tidak sah: gunakan tanggal ISO");
        assertProblem(get("/api/v1/issues?to=kemarin"), 400, "Parameter to tidak sah");
        assertProblem(
                get("/api/v1/issues?from=2024-11-28&to=2024-11-27"), 400, "Parameter from tidak boleh sesudah to.");
        assertProblem(get("/api/v1/issues?size=0"), 400, "Parameter size harus antara 1 dan 500.");
        assertProblem(get("/api/v1/issues?size=10000"), 400, "Parameter size harus antara 1 dan 500.");
        assertProblem(get("/api/v1/issues?size=banyak"), 400, "Parameter size tidak sah.");
        assertProblem(get("/api/v1/issues?page=-1"), 400, "Parameter page");
        assertProblem(get("/api/v1/issues?page=2147483647&size=500"), 400, "Parameter page");
        assertProblem(get("/api/v1/issues?stage=dua"), 400, "Parameter stage tidak sah.");
        assertProblem(get("/api/v1/issues?sort=title"), 400, "Parameter sort tidak sah");
        assertProblem(get("/api/v1/issues?sort=desc"), 400, "Parameter sort tidak sah");
        assertProblem(get("/api/v1/issues?wilayah=99.99"), 400, "Parameter wilayah tidak sah: 99.99 tidak dikenal.");
        assertProblem(get("/api/v1/issues?category=NOPE"), 400, "Parameter category tidak sah: NOPE tidak dikenal.");
        assertProblem(get("/api/v1/issues?unit=NOPE"), 400, "Parameter unit tidak sah: NOPE tidak dikenal.");
        assertProblem(get("/api/v1/issues/abc"), 400, "Parameter id tidak sah.");
        assertProblem(get("/api/v1/issues/987654321"), 404, "Permasalahan #987654321 tidak ditemukan");
    }

    // ---- workflow -------------------------------------------------------------------------------------

    @Test
    void a_transition_moves_the_issue_on_and_a_stale_version_is_a_409_that_changes_nothing() throws Exception {
        JsonNode filed =
                json.readTree(post("/api/v1/issues", issue("Ujaran kebencian di grup warga", "HOAKS", "TINGGI"), null)
                        .body());
        long id = filed.get("id").asLong();
        long version = filed.get("version").asLong();

        HttpResponse<String> verified =
                post("/api/v1/issues/" + id + "/transitions", Map.of("to", "TERVERIFIKASI", "version", version), null);
        assertThat(verified.statusCode()).isEqualTo(200);
        JsonNode state = json.readTree(verified.body());
        assertThat(state.get("status").asString()).isEqualTo("TERVERIFIKASI");
        assertThat(state.get("version").asLong()).isGreaterThan(version);

        HttpResponse<String> stale = post(
                "/api/v1/issues/" + id + "/transitions",
                Map.of("to", "DITOLAK", "version", version, "rejection", "HOAKS"),
                null);
        assertProblem(
                stale,
                409,
                "Permasalahan ini baru saja diubah oleh " + client.client().name());
        assertThat(CurrentActor.asSystem(() -> issues.issue(id)).status().name())
                .isEqualTo("TERVERIFIKASI");

        HttpResponse<String> referred = post(
                "/api/v1/issues/" + id + "/transitions",
                Map.of(
                        "to",
                        "ditangani",
                        "version",
                        state.get("version").asLong(),
                        "unit",
                        "POLDA",
                        "note",
                        "Mohon ditindak"),
                null);
        assertThat(referred.statusCode()).isEqualTo(200);
        JsonNode after = json.readTree(referred.body());
        assertThat(after.get("status").asString()).isEqualTo("DITANGANI");
        assertThat(after.get("assignedUnit").get("code").asString()).isEqualTo("POLDA");
        assertThat(after.get("acknowledgeBy").asString()).isNotBlank();
        assertThat(after.get("timeline").get(2).get("kind").asString()).isEqualTo("DIRUJUK");

        assertProblem(
                post(
                        "/api/v1/issues/" + id + "/transitions",
                        Map.of("to", "SELESAI", "version", after.get("version").asLong()),
                        null),
                400,
                "");
        assertProblem(
                post("/api/v1/issues/" + id + "/transitions", Map.of("to", "DIBUKA", "version", 1), null),
                400,
                "Isian to tidak sah. Nilai yang diizinkan: BARU, TERVERIFIKASI, DITANGANI, SELESAI, DITOLAK.");
        assertProblem(
                post("/api/v1/issues/" + id + "/transitions", Map.of("to", "SELESAI"), null),
                400,
                "Isian version wajib diisi.");
        assertProblem(
                post("/api/v1/issues/" + id + "/transitions", Map.of("to", "SELESAI", "version", "x"), null),
                400,
                "isian version tidak sah");
        assertProblem(
                post(
                        "/api/v1/issues/" + id + "/transitions",
                        Map.of(
                                "to",
                                "DITANGANI",
                                "version",
                                after.get("version").asLong(),
                                "unit",
                                "NOPE"),
                        null),
                400,
                "Unit atau instansi NOPE tidak dikenal.");
        assertThat(CurrentActor.asSystem(() -> issues.issue(id)).version())
                .isEqualTo(after.get("version").asLong());
    }

    @Test
    void a_comment_appears_on_the_timeline_with_the_clients_name() throws Exception {
        long id = id(post("/api/v1/issues", issue("APK di jembatan penyeberangan", "KAMPANYE_APK", "RENDAH"), null));
        HttpResponse<String> commented =
                post("/api/v1/issues/" + id + "/comments", Map.of("text", "Petugas Satpol PP sudah di lokasi"), null);
        assertThat(commented.statusCode()).isEqualTo(200);
        JsonNode last = json.readTree(commented.body()).get("timeline").get(1);
        assertThat(last.get("kind").asString()).isEqualTo("KOMENTAR");
        assertThat(last.get("text").asString()).isEqualTo("Petugas Satpol PP sudah di lokasi");
        assertThat(last.get("actor").asString()).isEqualTo(client.client().name());
        assertThat(last.get("atWib").asString()).endsWith("+07:00");

        assertProblem(post("/api/v1/issues/" + id + "/comments", Map.of("text", "  "), null), 400, "");
        assertThat(CurrentActor.asSystem(() -> issues.timeline(id))).hasSize(2);
    }

    // ---- bad input ------------------------------------------------------------------------------------

    @Test
    void bad_input_is_a_4xx_problem_with_a_clear_detail_and_stores_nothing() throws Exception {
        long before = stored();
        Map<String, Object> noTitle = issue("x", "LAINNYA", "RENDAH");
        noTitle.remove("title");
        assertProblem(post("/api/v1/issues", noTitle, null), 400, "Judul");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"title\":\"Judul\",\"category\":\"LAINNYA\",\"severity\":5,"
                                        + "\"source\":\"HOTLINE\",\"kelurahan\":\"" + GAMBIR_KEL + "\"}"))),
                400,
                "Isian severity tidak sah. Nilai yang diizinkan: RENDAH, SEDANG, TINGGI, KRITIS.");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":{\"a\":1},\"category\":\"LAINNYA\"}"))),
                400,
                "isian title tidak sah");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Judul\",\"stage\":\"dua\"}"))),
                400,
                "isian stage tidak sah");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Judul\", "))),
                400,
                "Isi permintaan tidak dapat dibaca");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody())),
                400,
                "Isi permintaan tidak dapat dibaca");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("Judul: kotak suara rusak"))),
                415,
                "Jenis isi text/plain");

        Map<String, Object> unknownKelurahan = issue("Judul", "LAINNYA", "RENDAH");
        unknownKelurahan.put("kelurahan", "31.71.99.9999");
        assertProblem(
                post("/api/v1/issues", unknownKelurahan, null),
                400,
                "Kelurahan/desa 31.71.99.9999 tidak ada dalam data wilayah.");
        assertProblem(
                post("/api/v1/issues", issue("Judul", "BUKAN_KATEGORI", "RENDAH"), null),
                400,
                "Kategori BUKAN_KATEGORI tidak dikenal.");
        Map<String, Object> noCategory = issue("Judul", "LAINNYA", "RENDAH");
        noCategory.remove("category");
        assertProblem(post("/api/v1/issues", noCategory, null), 400, "Isian category wajib diisi.");
        Map<String, Object> badSource = issue("Judul", "LAINNYA", "RENDAH");
        badSource.put("source", "WHATSAPP");
        assertProblem(post("/api/v1/issues", badSource, null), 400, "Isian source tidak sah.");
        assertProblem(
                post("/api/v1/issues", issue("Judul", "LAINNYA", "RENDAH"), "x".repeat(101)),
                400,
                "Idempotency-Key harus berisi 1 sampai 100 karakter");
        HttpResponse<String> delete =
                send(request("/api/v1/issues/1").method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertProblem(delete, 405, "Metode DELETE tidak didukung");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
        assertProblem(get("/api/v1/tidak-ada"), 404, "Alamat ini tidak ada dalam API.");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_json_body_over_64_kib_is_refused_with_413_before_it_is_read() throws Exception {
        long before = stored();
        Map<String, Object> huge = issue("Judul", "LAINNYA", "RENDAH");
        huge.put("description", "x".repeat(70 * 1024));
        assertProblem(post("/api/v1/issues", huge, null), 413, "Isi permintaan terlalu besar: paling besar 64 KiB.");

        // Without a length (chunked), the body is read only up to the limit.
        byte[] bytes = json.writeValueAsBytes(huge);
        HttpResponse<String> chunked = send(request("/api/v1/issues")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        assertProblem(chunked, 413, "paling besar 64 KiB");

        // Just under the limit passes the filter and meets the ordinary rules.
        huge.put("description", "x".repeat(60 * 1024));
        assertProblem(post("/api/v1/issues", huge, null), 400, "Uraian");
        assertThat(stored()).isEqualTo(before);
    }

    // ---- attachments -----------------------------------------------------------------------------------

    @Test
    void a_photo_is_attached_listed_and_downloaded_with_its_checked_type() throws Exception {
        long id = id(post("/api/v1/issues", issue("Baliho roboh menutup jalan", "BENCANA", "SEDANG"), null));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        HttpResponse<String> uploaded = upload(id, "foto baliho.jpg", "image/jpeg", png);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode file = json.readTree(uploaded.body());
        assertThat(file.get("fileName").asString()).isEqualTo("foto baliho.png");
        assertThat(file.get("contentType").asString()).isEqualTo("image/png");
        String href = file.get("href").asString();
        assertThat(uploaded.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(href));

        JsonNode listed =
                json.readTree(get("/api/v1/issues/" + id + "/attachments").body());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("size").asLong()).isEqualTo(png.length);

        HttpResponse<byte[]> download = http.send(request(href).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(png);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment;").contains("foto baliho.png"));
        assertProblem(get("/api/v1/attachments/987654321"), 404, "Lampiran 987654321 tidak ditemukan");
    }

    @Test
    void an_attachment_over_10_mb_or_not_a_photo_or_pdf_is_refused_and_nothing_is_stored() throws Exception {
        long id = id(post("/api/v1/issues", issue("Surat suara tercoblos", "LOGISTIK", "KRITIS"), null));
        byte[] overLimit = pdf((int) attachments.maxBytes() + 1);
        assertProblem(
                upload(id, "besar.pdf", "application/pdf", overLimit),
                413,
                "Berkas terlalu besar: paling besar 10 MB.");
        // Over the multipart limit too: refused by the parser, answered the same way.
        assertProblem(
                upload(id, "lebih-besar.pdf", "application/pdf", pdf(11 * 1024 * 1024 + 512 * 1024)),
                413,
                "Berkas terlalu besar: paling besar 10 MB.");
        assertProblem(
                upload(id, "catatan.pdf", "application/pdf", "hanya teks".getBytes(StandardCharsets.UTF_8)),
                400,
                "Hanya foto (JPEG, PNG, WebP) dan PDF yang dapat dilampirkan.");
        assertProblem(
                send(request("/api/v1/issues/" + id + "/attachments")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))),
                415,
                "lampiran sebagai multipart/form-data");
        String boundary = "----tanpa-berkas";
        assertProblem(
                send(request("/api/v1/issues/" + id + "/attachments")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "--" + boundary + "\r\nContent-Disposition: form-data;"
                                        + " name=\"catatan\"\r\n\r\nhalo\r\n--" + boundary + "--\r\n"))),
                400,
                "Bagian file tidak ada");
        assertThat(CurrentActor.asSystem(() -> attachments.attachments(id))).isEmpty();
    }

    // ---- who may call ---------------------------------------------------------------------------------

    @Test
    void without_a_valid_token_the_answer_is_a_401_problem_and_nothing_is_stored() throws Exception {
        long before = stored();
        String body = json.writeValueAsString(issue("Judul", "LAINNYA", "RENDAH"));
        HttpResponse<String> none = send(HttpRequest.newBuilder(url("/api/v1/issues"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertProblem(none, 401, "Sertakan header Authorization: Bearer");
        assertProblem(
                send(request("/api/v1/issues", "dpk_api_bukan-token-sah")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))),
                401,
                "Bearer");

        CurrentActor.asSystem(() -> integrations.revoke(client.client().id()));
        assertProblem(post("/api/v1/issues", issue("Judul", "LAINNYA", "RENDAH"), null), 401, "Bearer");
        assertProblem(get("/api/v1/issues"), 401, "Bearer");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void problems_are_in_english_when_the_client_asks_for_it() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/issues?size=0")
                .header("Accept-Language", "en-US")
                .GET());
        assertProblem(response, 400, "Parameter size must be between 1 and 500.");
        assertThat(response.body()).contains("\"title\":\"Bad request\"");
        Map<String, Object> unknownKelurahan = issue("Judul", "LAINNYA", "RENDAH");
        unknownKelurahan.put("kelurahan", "31.71.99.9999");
        assertProblem(
                send(request("/api/v1/issues")
                        .header("Accept-Language", "en")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(unknownKelurahan)))),
                400,
                "Village (kelurahan/desa) 31.71.99.9999 is not in the area data.");
    }

    @Test
    void the_openapi_description_covers_the_issues_api_with_bearer_tokens_and_the_idempotency_key() throws Exception {
        HttpResponse<String> docs =
                send(HttpRequest.newBuilder(url("/v3/api-docs")).GET());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(docs.body());
        assertThat(api.get("paths").has("/api/v1/issues")).isTrue();
        assertThat(api.get("paths").has("/api/v1/issues/{id}/transitions")).isTrue();
        assertThat(api.get("paths").has("/api/v1/attachments/{id}")).isTrue();
        assertThat(api.get("components")
                        .get("securitySchemes")
                        .get("bearer")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(docs.body()).contains("Idempotency-Key", "Idempotent-Replayed");
        api.get("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/api/"));
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private Map<String, Object> issue(String title, String category, String severity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("category", category);
        body.put("severity", severity);
        body.put("kelurahan", GAMBIR_KEL);
        body.put("source", "HOTLINE");
        return body;
    }

    private long stored() {
        return CurrentActor.asSystem(() -> issues.count(IssueFilter.ALL));
    }

    private long id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return json.readTree(response.body()).get("id").asLong();
    }

    private JsonNode list(String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/issues?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as(response.body())
                .hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank().doesNotStartWith("!");
        assertThat(problem.get("detail").asString()).contains(detail).doesNotStartWith("!");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 0, bytes, 0, 9);
        return bytes;
    }

    private HttpResponse<String> upload(long issueId, String fileName, String type, byte[] content) throws Exception {
        String boundary = "----desk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/issues/" + issueId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    private HttpResponse<String> post(String path, Map<String, ?> body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return request(path, client.token());
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(url(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
