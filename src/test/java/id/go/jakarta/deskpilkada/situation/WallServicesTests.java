package id.go.jakarta.deskpilkada.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.situation.picture.WallDelivery;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The wall's picture, its playlist and its paired screens. */
@SpringBootTest
@ActiveProfiles("test")
class WallServicesTests {

    @Autowired
    WallModelService pictures;

    @Autowired
    id.go.jakarta.deskpilkada.duty.CoverageService coverage;

    @Autowired
    WallSettingsService settings;

    @Autowired
    WallScreenService screens;

    @Autowired
    PoskoService posko;

    @Autowired
    DeviceService devices;

    @Autowired
    CameraSourceService cameraSources;

    @Autowired
    StaffService staff;

    @Autowired
    AccountGuard guard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeskService desks;

    @Autowired
    IssueService issues;

    @Autowired
    JournalService journal;

    @Autowired
    MediaService media;

    @Autowired
    ApplicationContext context;

    @Autowired
    id.go.jakarta.deskpilkada.wilayah.BoundaryService boundaries;

    @Autowired
    id.go.jakarta.deskpilkada.base.cluster.LiveEventBus bus;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_picture_holds_all_seven_posts_the_stage_calendar_and_the_playlist_in_both_languages() {
        JsonNode id = json.readTree(pictures.rebuild().in(Locale.forLanguageTag("id")));
        JsonNode en = json.readTree(pictures.pictures().in(Locale.ENGLISH));
        assertThat(id.get("posts")).hasSize(7);
        assertThat(id.get("posts").get(0).get("code").asString()).isEqualTo("BALAIKOTA");
        // Balai Kota runs three shifts around the clock: the running one needs 3 to 5 officers.
        long balaiKota = posko.tiles().getFirst().id();
        assertThat(id.get("posts").get(0).get("staffing").get("required").asInt())
                .isEqualTo(coverage.now(balaiKota).orElseThrow().required())
                .isBetween(3, 5);
        assertThat(id.get("posts").get(0).get("staffing").get("source").asString())
                .isEqualTo("DUTY");
        assertThat(id.get("election").get("stages")).hasSize(16);
        assertThat(id.get("playlist").get("silenceMinutes").asInt()).isPositive();
        assertThat(id.get("text").get("title").asString()).isEqualTo("Situasi Posko Pilkada");
        assertThat(en.get("text").get("title").asString()).isEqualTo("Election Command Posts");
        for (JsonNode picture : List.of(id, en)) {
            assertThat(picture.get("text").valueStream().map(JsonNode::asString))
                    .as("every wall text is translated")
                    .noneMatch(v -> v.startsWith("!"));
        }
        assertThat(id.get("charts").get("coverage").get("series").get(0).get("data"))
                .hasSize(7);
    }

    @Test
    void the_picture_names_no_people_and_shows_no_phone_numbers() {
        SignIn.as(context, "ketua.jakpus");
        var camera = devices.register(new DeviceForm(tile("JAKPUS").id(), DeviceKind.CCTV, "Kamera Senen", null, null));
        devices.reportStatus(camera.id(), id.go.jakarta.deskpilkada.device.DeviceStatus.DOWN, "kabel putus");
        SignIn.as(context, "sekda");
        PoskoTile post = tile("JAKUT");
        posko.changeAlertLevel(
                post.id(),
                post.alertLevel() == AlertLevel.SIAGA ? AlertLevel.AWAS : AlertLevel.SIAGA,
                "Massa berkumpul",
                post.version());
        List<String> personal = new ArrayList<>(List.of("Sekretaris Daerah Provinsi DKI Jakarta", "Ketua Posko"));
        for (PoskoTile t : posko.tiles()) {
            for (OfficerInfo o : staff.officersOf(t.id())) {
                personal.add(o.fullName());
                if (o.phone() != null) {
                    personal.add(o.phone());
                }
                personal.add(o.nip());
            }
        }
        String picture = pictures.rebuild().in(Locale.forLanguageTag("id"));
        assertThat(picture).contains("Massa berkumpul");
        assertThat(personal)
                .hasSizeGreaterThan(100)
                .allSatisfy(p -> assertThat(picture).doesNotContain(p));
    }

    @Test
    void a_critical_issue_counts_on_its_posts_tile_colours_its_area_and_enters_both_issue_charts_without_its_title() {
        SignIn.as(context, "ketua.jaktim");
        long kamtibmas = categoryId("KAMTIBMAS");
        JsonNode before = post(json.readTree(pictures.rebuild().in(Locale.forLanguageTag("id"))), "JAKTIM");
        issues.file(
                new IssueForm(
                        "Bentrokan pendukung di Pasar Rebo atas nama Budi Santoso",
                        null,
                        kamtibmas,
                        Severity.KRITIS,
                        null,
                        null,
                        "31.75.05.1001",
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);
        String picture = pictures.rebuild().in(Locale.forLanguageTag("id"));
        JsonNode after = post(json.readTree(picture), "JAKTIM");
        assertThat(after.get("issues").get("kritis").asInt())
                .isEqualTo(before.get("issues").get("kritis").asInt() + 1);
        assertThat(after.get("area").get("open").asInt())
                .isEqualTo(before.get("area").get("open").asInt() + 1);
        assertThat(after.get("issues").get("oldest").asString()).isNotBlank();
        if (tile("JAKTIM").alertLevel().compareTo(AlertLevel.SIAGA) < 0) {
            assertThat(after.get("map").get("level").asString()).isEqualTo("SIAGA");
            assertThat(after.get("map").get("note").asString()).contains("kritis");
        }
        JsonNode charts = json.readTree(picture).get("charts");
        assertThat(charts.get("issueHeatmap")
                        .get("series")
                        .get(0)
                        .get("data")
                        .valueStream()
                        .filter(cell -> cell.get(0).asInt() == Severity.KRITIS.ordinal()
                                && cell.get(2).asInt() > 0))
                .isNotEmpty();
        assertThat(charts.get("issuesPerDay")
                        .get("series")
                        .valueStream()
                        .flatMap(series -> series.get("data").valueStream())
                        .mapToInt(JsonNode::asInt)
                        .sum())
                .isPositive();
        assertThat(picture).doesNotContain("Budi Santoso").doesNotContain("Pasar Rebo");
    }

    @Test
    void the_days_issues_are_dots_at_their_kelurahan_or_rings_at_their_kecamatan_and_every_one_is_counted() {
        SignIn.as(context, "ketua.jaktim");
        long kamtibmas = categoryId("KAMTIBMAS");
        issues.file(
                new IssueForm(
                        "Spanduk dirobek di depan TPS 4",
                        null,
                        kamtibmas,
                        Severity.TINGGI,
                        null,
                        null,
                        "31.75.05.1002",
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);
        issues.file(
                new IssueForm(
                        "Antrean panjang di kecamatan",
                        null,
                        kamtibmas,
                        Severity.SEDANG,
                        null,
                        "31.75.04",
                        null,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String picture = pictures.rebuild().in(Locale.forLanguageTag("id"));
            JsonNode dots = json.readTree(picture).get("issueDots");
            JsonNode atKelurahan = dot(dots, "31.75.05.1002");
            assertThat(atKelurahan.get("exact").asBoolean()).isTrue();
            assertThat(atKelurahan.get("open").asInt()).isPositive();
            assertThat(atKelurahan.get("lon").asDouble())
                    .isEqualTo(
                            boundaries.position("31.75.05.1002").orElseThrow().lon());
            assertThat(atKelurahan.get("lat").asDouble())
                    .isEqualTo(
                            boundaries.position("31.75.05.1002").orElseThrow().lat());
            JsonNode atKecamatan = dot(dots, "31.75.04");
            assertThat(atKecamatan.get("exact").asBoolean()).isFalse();
            assertThat(atKecamatan.get("worst").asString()).isIn("SEDANG", "TINGGI", "KRITIS");
            int drawn = dots.get("dots")
                    .valueStream()
                    .mapToInt(d -> d.get("count").asInt())
                    .sum();
            assertThat(drawn + dots.get("unplaced").asInt())
                    .isEqualTo(dots.get("total").asInt());
            assertThat(picture).doesNotContain("Spanduk dirobek").doesNotContain("Antrean panjang");
        });
    }

    private static JsonNode dot(JsonNode dots, String place) {
        return dots.get("dots")
                .valueStream()
                .filter(d -> d.get("place").asString().equals(place))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dot at " + place + " in " + dots));
    }

    @Test
    void the_wall_carries_the_posts_latest_journal_entries_and_the_latest_published_statement_without_names() {
        SignIn.as(context, "petugas.jakut");
        journal.write(
                tile("JAKUT").id(),
                new JournalForm(
                        JournalCategory.CUACA, "Hujan deras, genangan 20 cm di depan TPS 07 Sunter Agung", null, null));
        SignIn.as(context, "bakesbangpol");
        var draft = media.create(new StatementForm(
                "Pemungutan suara di Jakarta Utara berjalan tertib",
                "Genangan di beberapa TPS telah ditangani bersama BPBD.",
                List.of()));
        var submitted = media.submit(draft.id(), draft.version());
        media.publish(submitted.id(), submitted.version());
        JsonNode picture = json.readTree(pictures.rebuild().in(Locale.forLanguageTag("id")));
        JsonNode first = picture.get("ticker").get(0);
        assertThat(first.get("post").asString()).isEqualTo("Jakarta Utara");
        assertThat(first.get("category").asString()).isNotBlank().doesNotStartWith("journal.");
        assertThat(first.get("text").asString()).contains("Sunter Agung");
        assertThat(picture.get("statement").get("title").asString())
                .isEqualTo("Pemungutan suara di Jakarta Utara berjalan tertib");
        assertThat(picture.get("statement").get("publisher").asString()).isEqualTo("Bakesbangpol");
        assertThat(picture.toString()).doesNotContain("Petugas Posko Jakarta Utara");
    }

    @Test
    void
            a_post_whose_situation_report_is_missing_shows_late_on_its_tile_and_map_and_a_reporting_post_its_last_report() {
        // The demo data files every post's reports of the last hours except those of Kepulauan Seribu.
        JsonNode picture = json.readTree(pictures.rebuild().in(Locale.forLanguageTag("id")));
        JsonNode late = post(picture, "KEPSERIBU");
        assertThat(late.get("report").get("overdue").asBoolean()).isTrue();
        assertThat(late.get("report").get("overdueSince").asString()).isNotBlank();
        assertThat(AlertLevel.valueOf(late.get("map").get("level").asString()))
                .isGreaterThanOrEqualTo(AlertLevel.WASPADA);
        JsonNode reporting = post(picture, "JAKPUS");
        assertThat(reporting.get("report").get("overdue").asBoolean()).isFalse();
        assertThat(reporting.get("report").get("lastAt").asString()).isNotBlank();
        assertThat(java.time.Instant.parse(
                        reporting.get("report").get("nextDueAt").asString()))
                .isAfter(java.time.Instant.parse(
                        reporting.get("report").get("lastAt").asString()));
    }

    private static JsonNode post(JsonNode picture, String code) {
        return picture.get("posts")
                .valueStream()
                .filter(p -> p.get("code").asString().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void text_from_users_is_escaped_as_json_never_spliced_in() {
        SignIn.as(context, "ketua.jakpus");
        String hostile = "Kamera \"</script><img src=x onerror=alert(1)> \\ \u0001";
        devices.register(new DeviceForm(tile("JAKPUS").id(), DeviceKind.CCTV, hostile, null, null));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> devices.ofPost(tile("JAKPUS").id()).stream()
                        .anyMatch(d -> d.name().equals(hostile.strip())));
        String picture = pictures.rebuild().in(Locale.forLanguageTag("id"));
        JsonNode names = json.readTree(picture).get("posts").get(1).get("cctv");
        assertThat(names.valueStream().map(n -> n.get("name").asString())).contains(hostile.strip());
        // Quotes, backslashes and control characters are escaped; the picture is a property value,
        // never inlined into HTML, and the wall puts every text in with textContent.
        assertThat(picture)
                .contains("Kamera \\\"</script>")
                .contains("\\\\ \\u0001")
                .doesNotContain("\u0001");
    }

    @Test
    void the_picture_is_ascii_only_so_each_copy_takes_one_byte_per_character_and_reads_back_every_character() {
        SignIn.as(context, "ketua.jakpus");
        String name = "Kamera Gerbang \u2013 Utara \u00e9\u2713";
        devices.register(new DeviceForm(tile("JAKPUS").id(), DeviceKind.CCTV, name, null, null));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> devices.ofPost(tile("JAKPUS").id()).stream()
                        .anyMatch(d -> d.name().equals(name)));
        String picture = pictures.rebuild().in(Locale.forLanguageTag("id"));
        assertThat(picture.chars().filter(c -> c > 127).count())
                .as("characters beyond ASCII")
                .isZero();
        assertThat(picture).contains("Kamera Gerbang \\u2013 Utara \\u00E9\\u2713");
        JsonNode names = json.readTree(picture).get("posts").get(1).get("cctv");
        assertThat(names.valueStream().map(n -> n.get("name").asString())).contains(name);
    }

    @Test
    void a_burst_of_events_rebuilds_the_picture_at_most_twenty_times_a_second() throws InterruptedException {
        List<WallPictures> builds = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = pictures.subscribe(builds::add);
        try {
            SignIn.as(context, "ketua.kepseribu");
            long post = tile("KEPSERIBU").id();
            var camera = devices.register(new DeviceForm(post, DeviceKind.CCTV, "Uji burst", null, null));
            // A fixed burst of 40 reports ~10 ms apart (on a loaded machine it simply takes longer).
            int reports = 40;
            long start = System.nanoTime();
            for (int i = 0; i < reports; i++) {
                devices.reportStatus(
                        camera.id(),
                        i % 2 == 0
                                ? id.go.jakarta.deskpilkada.device.DeviceStatus.UP
                                : id.go.jakarta.deskpilkada.device.DeviceStatus.DOWN,
                        null);
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(1200);
            // At most 20 pictures a second of the burst (+2 for the first and the trailing one), each
            // started at least MIN_INTERVAL after the one before: 40 events, far fewer pictures. A
            // picture's time is read just after its run starts, and a busy machine may pause a thread
            // in between: the gap between two pictures' times may fall short by that pause, so 20 ms
            // are allowed (without coalescing, pictures come a few milliseconds apart).
            assertThat(builds)
                    .hasSizeBetween(1, (int) Math.ceil(seconds * 1000 / WallModelService.MIN_INTERVAL.toMillis()) + 2);
            for (int i = 1; i < builds.size(); i++) {
                assertThat(Duration.between(
                                builds.get(i - 1).builtAt(), builds.get(i).builtAt()))
                        .isGreaterThanOrEqualTo(WallModelService.MIN_INTERVAL.minusMillis(20));
            }
            String finalStatus = reports % 2 == 1 ? "\"status\":\"UP\"" : "\"status\":\"DOWN\"";
            assertThat(builds.getLast().in(Locale.forLanguageTag("id")))
                    .as("the last picture holds the last report")
                    .contains("\"name\":\"Uji burst\",\"" + finalStatus.substring(1));
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void a_picture_carries_the_commit_time_of_the_newest_event_it_reflects() throws InterruptedException {
        SignIn.as(context, "ketua.kepseribu");
        var camera = devices.register(new DeviceForm(tile("KEPSERIBU").id(), DeviceKind.CCTV, "Uji waktu", null, null));
        java.time.Instant before = java.time.Instant.now();
        devices.reportStatus(camera.id(), id.go.jakarta.deskpilkada.device.DeviceStatus.DOWN, null);
        // The event reaches this node's wall service through the cluster topic, a moment later.
        WallPictures built = pictures.rebuild();
        for (int i = 0;
                i < 50
                        && (built.newestEventAt() == null
                                || built.newestEventAt().isBefore(before));
                i++) {
            Thread.sleep(100);
            built = pictures.rebuild();
        }
        assertThat(built.newestEventAt()).isAfterOrEqualTo(before);
        JsonNode picture = json.readTree(built.in(Locale.forLanguageTag("id")));
        assertThat(java.time.Instant.parse(picture.get("newestEventAt").asString()))
                .isEqualTo(built.newestEventAt());
    }

    @Test
    void a_screen_that_does_not_take_its_picture_holds_up_no_other_screen() throws InterruptedException {
        SignIn.as(context, "ketua.kepseribu");
        var camera = devices.register(new DeviceForm(tile("KEPSERIBU").id(), DeviceKind.CCTV, "Uji macet", null, null));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<WallPictures> others = new CopyOnWriteArrayList<>();
        // A screen whose socket takes nothing: its hand-over never returns.
        Runnable stuck = pictures.subscribe(built -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runnable other = pictures.subscribe(others::add);
        try {
            for (var status : List.of(
                    id.go.jakarta.deskpilkada.device.DeviceStatus.DOWN,
                    id.go.jakarta.deskpilkada.device.DeviceStatus.UP)) {
                devices.reportStatus(camera.id(), status, null);
                String shown = "\"name\":\"Uji macet\",\"status\":\"" + status + "\"";
                // The other screen gets each picture, the second one at most HAND_OVER_LIMIT late.
                await().atMost(WallDelivery.HAND_OVER_LIMIT.plusSeconds(10))
                        .until(() -> others.stream()
                                .anyMatch(p -> p.in(Locale.forLanguageTag("id")).contains(shown)));
            }
        } finally {
            release.countDown();
            stuck.run();
            other.run();
        }
    }

    @Test
    void the_first_picture_that_reflects_an_event_names_it_or_an_older_one_as_its_oldest_new_event()
            throws InterruptedException {
        SignIn.as(context, "ketua.kepseribu");
        var camera =
                devices.register(new DeviceForm(tile("KEPSERIBU").id(), DeviceKind.CCTV, "Uji tertua", null, null));
        List<Instant> committed = new CopyOnWriteArrayList<>();
        List<WallPictures> builds = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof id.go.jakarta.deskpilkada.base.cluster.LiveSignal.Arrived arrived
                    && arrived.envelope().event() instanceof id.go.jakarta.deskpilkada.device.DevicesChanged) {
                committed.add(arrived.envelope().committedAt());
            }
        });
        Runnable stopWatching = pictures.subscribe(builds::add);
        try {
            // Events closer together than pictures: some share a picture, and the picture's
            // oldest new event is then the earlier one (so a load client sees the longer wait).
            for (int i = 0; i < 6; i++) {
                devices.reportStatus(
                        camera.id(),
                        i % 2 == 0
                                ? id.go.jakarta.deskpilkada.device.DeviceStatus.DOWN
                                : id.go.jakarta.deskpilkada.device.DeviceStatus.UP,
                        null);
                Thread.sleep(30);
            }
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> committed.size() >= 6
                            && builds.stream()
                                    .anyMatch(b -> b.newestEventAt() != null
                                            && !b.newestEventAt().isBefore(committed.getLast())));
            for (Instant event : committed) {
                WallPictures first = builds.stream()
                        .filter(b ->
                                b.newestEventAt() != null && !b.newestEventAt().isBefore(event))
                        .findFirst()
                        .orElseThrow();
                assertThat(first.oldestEventAt())
                        .as("oldest new event of the picture that first shows %s", event)
                        .isNotNull()
                        .isBeforeOrEqualTo(event);
                JsonNode picture = json.readTree(first.in(Locale.forLanguageTag("id")));
                assertThat(Instant.parse(picture.get("oldestEventAt").asString()))
                        .isEqualTo(first.oldestEventAt());
            }
        } finally {
            stopWatching.run();
            unsubscribe.run();
        }
    }

    @Test
    void a_screen_that_follows_the_patches_holds_the_same_picture_as_a_new_screen() throws InterruptedException {
        SignIn.as(context, "ketua.kepseribu");
        var camera =
                devices.register(new DeviceForm(tile("KEPSERIBU").id(), DeviceKind.CCTV, "Uji tambalan", null, null));
        Locale indonesian = Locale.forLanguageTag("id");
        WallReplica screen = new WallReplica();
        WallPictures first;
        WallPictures next;
        // Holding the builder's lock: no scheduled picture comes between the two built here.
        synchronized (pictures.buildLock()) {
            first = pictures.rebuild();
            screen.model(first.in(indonesian));
            devices.reportStatus(camera.id(), id.go.jakarta.deskpilkada.device.DeviceStatus.DOWN, null);
            next = pictures.rebuild();
            for (int i = 0;
                    i < 50 && !next.in(indonesian).contains("\"name\":\"Uji tambalan\",\"status\":\"DOWN\"");
                    i++) {
                Thread.sleep(100);
                first = next;
                screen.model(first.in(indonesian));
                next = pictures.rebuild();
            }
        }
        JsonNode patchNode = next.patchIn(indonesian);
        assertThat(patchNode)
                .as("a camera report changes one post: a patch, not the whole picture")
                .isNotNull();
        String patch = patchNode.toString();
        assertThat(patch.length()).isLessThan(next.in(indonesian).length() / 4);
        assertThat(json.readTree(patch).get("base").asLong()).isEqualTo(first.sequence());
        screen.patch(patch);
        screen.endOfMessage();
        assertThat(screen.behind()).isFalse();
        assertThat(screen.picture()).isEqualTo(json.readTree(next.in(indonesian)));
        assertThat(screen.picture().toString()).contains("\"name\":\"Uji tambalan\",\"status\":\"DOWN\"");
        // The English screens get their own patch, in their language.
        assertThat(next.patchIn(Locale.ENGLISH)).isNotNull().isNotEqualTo(patchNode);
    }

    @Test
    void a_playlist_with_zero_or_negative_seconds_is_refused_and_nothing_is_saved() {
        SignIn.as(context, "admin");
        WallPlaylist before = settings.playlist();
        List<WallPlaylist.Panel> zero = before.panels().stream()
                .map(p -> new WallPlaylist.Panel(p.kind(), p.enabled(), 0))
                .toList();
        assertRefused(new WallPlaylist(zero, true, 8, 30, before.version()), "wall.settings.seconds");
        List<WallPlaylist.Panel> negative = before.panels().stream()
                .map(p -> new WallPlaylist.Panel(p.kind(), p.enabled(), -5))
                .toList();
        assertRefused(new WallPlaylist(negative, true, 8, 30, before.version()), "wall.settings.seconds");
        assertRefused(new WallPlaylist(before.panels(), true, 0, 30, before.version()), "wall.settings.postSeconds");
        assertRefused(new WallPlaylist(before.panels(), true, 8, -1, before.version()), "wall.settings.silence");
        List<WallPlaylist.Panel> off = before.panels().stream()
                .map(p -> new WallPlaylist.Panel(p.kind(), false, p.seconds()))
                .toList();
        assertRefused(new WallPlaylist(off, false, 8, 30, before.version()), "wall.settings.empty");
        assertThat(settings.playlist()).isEqualTo(before);
    }

    @Test
    void the_playlist_is_changed_by_an_admin_only_and_never_over_a_newer_version() {
        SignIn.as(context, "sekda");
        WallPlaylist before = settings.playlist();
        assertThatThrownBy(() -> settings.save(before))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        SignIn.as(context, "admin");
        List<WallPlaylist.Panel> reordered = new ArrayList<>(before.panels());
        java.util.Collections.reverse(reordered);
        WallPlaylist saved = settings.save(new WallPlaylist(reordered, before.postPass(), 10, 45, before.version()));
        assertThat(saved.panels())
                .extracting(WallPlaylist.Panel::kind)
                .containsExactlyElementsOf(
                        reordered.stream().map(WallPlaylist.Panel::kind).toList());
        assertThat(saved.version()).isGreaterThan(before.version());
        assertThatThrownBy(() -> settings.save(before))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        settings.save(new WallPlaylist(
                before.panels(), before.postPass(), before.postSeconds(), before.silenceMinutes(), saved.version()));
    }

    @Test
    void an_admin_who_saw_the_default_cannot_overwrite_the_own_playlist_another_admin_of_his_desk_just_made() {
        SignIn.out();
        long bali = CurrentActor.asSystem(() -> desks.open("51")).id();
        Actor first = new Actor("admin.bali.1", "Admin Bali 1", Role.ADMIN, null, null, null, false, bali);
        Actor second = new Actor("admin.bali.2", "Admin Bali 2", Role.ADMIN, null, null, null, false, bali);
        WallPlaylist seenByFirst = CurrentActor.as(first, settings::playlist);
        WallPlaylist seenBySecond = CurrentActor.as(second, settings::playlist);
        WallPlaylist made = CurrentActor.as(
                second,
                () -> settings.save(new WallPlaylist(
                        seenBySecond.panels(), false, seenBySecond.postSeconds(), 44, seenBySecond.version())));

        assertThatThrownBy(() -> CurrentActor.as(
                        first,
                        () -> settings.save(new WallPlaylist(
                                seenByFirst.panels(), true, seenByFirst.postSeconds(), 12, seenByFirst.version()))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(CurrentActor.nobodyIn(bali, settings::playlist)).isEqualTo(made);
        CurrentActor.as(second, settings::followDefault);
    }

    @Test
    void a_desks_admin_saves_the_desks_own_playlist_and_other_desks_keep_following_the_default() {
        SignIn.out();
        long westJava = CurrentActor.asSystem(() -> desks.open("32")).id();
        long centralJava = CurrentActor.asSystem(() -> desks.open("33")).id();
        Actor westJavaAdmin = new Actor("admin.jabar", "Admin Jabar", Role.ADMIN, null, null, null, false, westJava);
        WallPlaylist seen = CurrentActor.as(westJavaAdmin, settings::playlist);
        assertThat(CurrentActor.as(westJavaAdmin, settings::followsDefault)).isTrue();

        WallPlaylist own = CurrentActor.as(
                westJavaAdmin,
                () -> settings.save(new WallPlaylist(seen.panels(), false, seen.postSeconds(), 55, seen.version())));
        assertThat(own.silenceMinutes()).isEqualTo(55);
        assertThat(CurrentActor.as(westJavaAdmin, settings::followsDefault)).isFalse();
        // The wall of West Java, built for nobody in particular there, reads its own playlist.
        assertThat(CurrentActor.nobodyIn(westJava, settings::playlist).silenceMinutes())
                .isEqualTo(55);
        assertThat(CurrentActor.nobodyIn(centralJava, settings::playlist)).isEqualTo(seen);
        assertThat(CurrentActor.asSystem(settings::playlist)).isEqualTo(seen);
        // Saving over the version it replaced is a conflict, as for the default.
        assertThatThrownBy(() -> CurrentActor.as(westJavaAdmin, () -> settings.save(seen)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));

        WallPlaylist back = CurrentActor.as(westJavaAdmin, settings::followDefault);
        assertThat(back).isEqualTo(seen);
        assertThat(CurrentActor.nobodyIn(westJava, settings::playlist)).isEqualTo(seen);
        assertThatThrownBy(() -> CurrentActor.asSystem(settings::followDefault))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("wall.settings.isDefault"));
    }

    @Test
    void a_paired_screen_signs_in_as_layar_until_it_is_revoked() {
        SignIn.as(context, "admin");
        PairedScreen paired = screens.pair("Layar Uji " + System.nanoTime());
        assertThat(paired.token()).startsWith("dpk_layar_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject(
                        "select token_hash from wall_screen where id = ?",
                        String.class,
                        paired.screen().id()))
                .hasSize(64)
                .isNotEqualTo(paired.token());

        DeskUser screen = screens.authenticate(paired.token()).orElseThrow();
        assertThat(screen.actor().role()).isEqualTo(Role.LAYAR);
        assertThat(screen.actor().displayName()).isEqualTo(paired.screen().name());
        assertThat(screens.authenticate(paired.token() + "x")).isEmpty();

        screens.revoke(paired.screen().id());
        assertThat(screens.authenticate(paired.token())).isEmpty();
        assertThat(screens.check(paired.token())).isEqualTo(WallScreenService.Status.REVOKED);
        assertThat(guard.isRevoked(screen))
                .as("open sessions of the screen end")
                .isTrue();
    }

    @Test
    void only_an_admin_gives_a_screen_its_own_panels_against_the_version_he_saw() {
        SignIn.as(context, "admin");
        PairedScreen paired = screens.pair("Layar Panel " + System.nanoTime());
        long id = paired.screen().id();
        String principal =
                screens.authenticate(paired.token()).orElseThrow().actor().username();
        assertThat(screens.panelsOf(principal)).isEmpty();

        WallScreenInfo own =
                screens.setPanels(id, paired.screen().version(), List.of(WallPanelKind.PETA, WallPanelKind.GRAFIK));
        assertThat(own.panels()).containsExactly(WallPanelKind.PETA, WallPanelKind.GRAFIK);
        assertThat(screens.panelsOf(principal)).containsExactly(WallPanelKind.PETA, WallPanelKind.GRAFIK);
        assertThat(screens.panelsOf("sekda"))
                .as("people follow the common playlist")
                .isEmpty();

        assertThatThrownBy(() -> screens.setPanels(id, paired.screen().version(), List.of(WallPanelKind.CCTV)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("screen.stale"));
        assertThatThrownBy(() -> screens.setPanels(id, own.version(), List.of(WallPanelKind.PETA, WallPanelKind.PETA)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("wall.settings.duplicate"));
        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> screens.setPanels(id, own.version(), List.of()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(screens.panelsOf(principal)).containsExactly(WallPanelKind.PETA, WallPanelKind.GRAFIK);

        SignIn.as(context, "admin");
        assertThat(screens.setPanels(id, own.version(), List.of()).panels()).isEmpty();
        assertThat(screens.panelsOf(principal)).isEmpty();
    }

    @Test
    void a_token_never_used_within_48_hours_has_expired() {
        SignIn.as(context, "admin");
        PairedScreen paired = screens.pair("Layar Kedaluwarsa " + System.nanoTime());
        jdbc.update(
                "update wall_screen set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(49))),
                paired.screen().id());
        assertThat(screens.check(paired.token())).isEqualTo(WallScreenService.Status.EXPIRED);
        assertThat(screens.authenticate(paired.token())).isEmpty();
    }

    @Test
    void only_an_admin_pairs_screens_and_names_are_checked() {
        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> screens.pair("Layar Pimpinan")).isInstanceOf(DeskException.class);
        SignIn.as(context, "admin");
        assertThatThrownBy(() -> screens.pair("   "))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("screen.name.invalid"));
        String name = "Layar Ganda " + System.nanoTime();
        screens.pair(name);
        assertThatThrownBy(() -> screens.pair(name))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
    }

    private void assertRefused(WallPlaylist playlist, String key) {
        assertThatThrownBy(() -> settings.save(playlist))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void the_wall_loads_a_camera_from_the_application_and_shows_it_without_an_image_once_its_source_is_removed() {
        long n = System.nanoTime() % 250;
        String camera = "http://10.250." + n + ".21";
        String name = "Kamera Harmoni " + n;
        CameraSourceInfo source = CurrentActor.asSystem(
                () -> cameraSources.add(new CameraSourceForm(CameraSourceKind.ADDRESS, camera, null)));
        SignIn.as(context, "ketua.jakpus");
        var device = devices.register(
                new DeviceForm(tile("JAKPUS").id(), DeviceKind.CCTV, name, camera + "/snap.jpg?user=lihat", null));
        SignIn.out();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String picture = pictures.rebuild().in(Locale.forLanguageTag("id"));
            assertThat(cameraIn(picture, name).get("snapshotUrl").asString()).isEqualTo("kamera/" + device.id());
            assertThat(picture).as("no camera address reaches a wall").doesNotContain("10.250." + n + ".21", "lihat");
        });

        CurrentActor.asSystem(() -> {
            cameraSources.remove(source.id(), source.version());
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode shown = cameraIn(pictures.rebuild().in(Locale.forLanguageTag("id")), name);
            assertThat(shown.get("snapshotUrl") == null
                            || shown.get("snapshotUrl").isNull())
                    .as("no image, but still on the wall")
                    .isTrue();
            assertThat(shown.get("statusLabel").asString()).isEqualTo("Tidak diketahui");
        });
    }

    private JsonNode cameraIn(String picture, String name) {
        for (JsonNode post : json.readTree(picture).get("posts")) {
            for (JsonNode camera : post.get("cctv")) {
                if (camera.get("name").asString().equals(name)) {
                    return camera;
                }
            }
        }
        throw new AssertionError(name + " is not on the wall");
    }

    private PoskoTile tile(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long categoryId(String code) {
        return issues.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
