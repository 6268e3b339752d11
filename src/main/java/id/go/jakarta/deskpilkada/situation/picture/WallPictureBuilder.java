package id.go.jakarta.deskpilkada.situation.picture;

import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.device.CameraRules;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.CameraSourcesChanged;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.election.ElectionActivated;
import id.go.jakarta.deskpilkada.election.ElectionChanged;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoriesChanged;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.journal.WallTickerItem;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.WallStatement;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.LastActivity;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportWallStatus;
import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import id.go.jakarta.deskpilkada.situation.WallPlaylistChanged;
import id.go.jakarta.deskpilkada.situation.WallSettingsService;
import id.go.jakarta.deskpilkada.wilayah.BoundaryService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the wall's picture from the live snapshot, the same facts in each language: the posts'
 * tiles with their staffing, issues, reports and devices, the map's colours and why, the charts,
 * the journal ticker, the latest statement and the wall's texts. Counts and texts only, no names of
 * people. Reads the features' services, never the database directly; what changes rarely and
 * costs a query (the election, the playlist, the categories, the allowed camera sources) is kept for
 * a minute, or until it changes. A camera's image is the application's own address for it
 * ({@code kamera/<id>}), never the camera's: none for a camera whose address is not allowed.
 */
@Component
public class WallPictureBuilder {

    /** Journal entries on the wall's ticker line. */
    static final int TICKER_ITEMS = 8;

    private static final Duration SLOW_DATA_TTL = Duration.ofSeconds(60);

    private final PoskoService posko;
    private final DeviceService devices;
    private final CameraSourceService cameraSources;
    private final CoverageService coverage;
    private final ElectionService elections;
    private final IssueService issues;
    private final JournalService journal;
    private final MediaService media;
    private final ReportService reports;
    private final WallSettingsService settings;
    private final BoundaryService boundaries;
    private final Messages messages;
    private final Clock clock;
    private final WorkingDesk working;
    /** Each desk's slow data: the election, the map and the rest differ from desk to desk. */
    private final Map<Long, SlowData> slow = new ConcurrentHashMap<>();

    private final Map<String, Optional<WallJson.MapRef>> mapRefs = new ConcurrentHashMap<>();

    private volatile Instant slowInvalidatedAt = Instant.EPOCH;

    /** Data that changes rarely and costs a query: refreshed at most once a minute. */
    private record SlowData(
            Optional<ElectionInfo> election,
            WallPlaylist playlist,
            List<CategoryInfo> categories,
            WallJson.@Nullable MapRef map,
            CameraRules cameras,
            Instant loadedAt) {}

    WallPictureBuilder(
            PoskoService posko,
            DeviceService devices,
            CameraSourceService cameraSources,
            CoverageService coverage,
            ElectionService elections,
            IssueService issues,
            JournalService journal,
            MediaService media,
            ReportService reports,
            WallSettingsService settings,
            BoundaryService boundaries,
            Messages messages,
            Clock clock,
            WorkingDesk working) {
        this.working = working;
        this.posko = posko;
        this.devices = devices;
        this.cameraSources = cameraSources;
        this.coverage = coverage;
        this.elections = elections;
        this.issues = issues;
        this.journal = journal;
        this.media = media;
        this.reports = reports;
        this.settings = settings;
        this.boundaries = boundaries;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A change that the kept slow data does not follow by itself: the playlist was edited, the
     * election (its calendar) changed or another became active, the issue categories or the allowed
     * camera sources changed.
     */
    public void changed(Object event) {
        if (event instanceof WallPlaylistChanged
                || event instanceof ElectionChanged
                || event instanceof ElectionActivated
                || event instanceof CategoriesChanged
                || event instanceof CameraSourcesChanged) {
            slowInvalidatedAt = clock.instant();
        }
    }

    /**
     * The picture numbered {@code sequence} as it stands at {@code now}, one model per language in
     * {@link Languages#ALL} order, with the commit times of the newest event it reflects and of the
     * oldest event new in it.
     */
    public Map<Locale, WallJson.Model> build(
            long sequence, Instant now, @Nullable Instant newest, @Nullable Instant oldest) {
        SlowData data = slowData();
        List<PoskoTile> tiles = posko.tiles();
        Map<Long, LastActivity> activity = posko.lastActivities();
        Map<Long, List<DeviceInfo>> deviceMap = devices.byPost();
        Map<Long, PostCoverage> staffing = coverage.now();
        IssueCounts issueCounts = issues.counts();
        List<WallTickerItem> tickerItems = journal.wallTicker(TICKER_ITEMS);
        Map<Long, ReportWallStatus> reportStatus = reports.wallStatus();
        WallJson.Statement statement =
                media.latestPublished().map(WallPictureBuilder::statement).orElse(null);
        WallJson.IssueDots dots = data.map() == null
                ? null
                : data.election()
                        .map(e -> WallIssueDots.of(e.regionCode(), issueCounts, now, boundaries))
                        .orElse(null);
        Map<Locale, WallJson.Model> models = new LinkedHashMap<>();
        for (Locale language : Languages.ALL) {
            models.put(
                    language,
                    new WallJson.Model(
                            sequence,
                            now.toString(),
                            newest == null ? null : newest.toString(),
                            oldest == null ? null : oldest.toString(),
                            language.getLanguage(),
                            data.election().map(ElectionInfo::exercise).orElse(false),
                            election(data.election(), Wib.today(clock), language),
                            tiles.stream()
                                    .map(t -> post(
                                            t,
                                            activity.get(t.id()),
                                            deviceMap.getOrDefault(t.id(), List.of()),
                                            data.cameras(),
                                            staffing.get(t.id()),
                                            issueCounts,
                                            reportStatus.get(t.id()),
                                            language))
                                    .toList(),
                            playlist(data.playlist(), language),
                            new WallJson.Charts(
                                    coverageChart(tiles, staffing, language),
                                    WallIssueCharts.heatmap(tiles, issueCounts, messages, language),
                                    WallIssueCharts.perDay(
                                            issueCounts, data.categories(), Wib.today(clock), messages, language)),
                            tickerItems.stream()
                                    .map(i -> new WallJson.Ticker(
                                            i.poskoName().replace("Posko ", ""),
                                            i.at().toString(),
                                            messages.getTranslation(i.categoryKey(), language),
                                            i.text()))
                                    .toList(),
                            statement,
                            data.map(),
                            dots,
                            texts(language)));
        }
        return models;
    }

    /**
     * What the picture says of a region's map (its address, level, areas and credit line), kept per
     * region: the boundary files ship with the application and never change, and the map's shapes
     * themselves, which {@link BoundaryService} keeps only within a bound, are not needed here.
     */
    private Optional<WallJson.MapRef> mapRef(String regionCode) {
        return mapRefs.computeIfAbsent(
                regionCode,
                code -> boundaries
                        .map(code)
                        .map(m -> new WallJson.MapRef(
                                "peta/" + m.regionCode() + ".json", m.level().name(), m.areas(), m.attribution())));
    }

    private SlowData slowData() {
        long desk = working.acting();
        SlowData data = slow.get(desk);
        Instant now = clock.instant();
        if (data == null
                || data.loadedAt().plus(SLOW_DATA_TTL).isBefore(now)
                || !data.loadedAt().isAfter(slowInvalidatedAt)) {
            Optional<ElectionInfo> election = elections.active();
            WallJson.MapRef map = election.flatMap(e -> mapRef(e.regionCode())).orElse(null);
            data = new SlowData(election, settings.playlist(), issues.categories(), map, cameraSources.rules(), now);
            slow.put(desk, data);
        }
        return data;
    }

    private WallJson.Post post(
            PoskoTile t,
            @Nullable LastActivity last,
            List<DeviceInfo> postDevices,
            CameraRules cameraRules,
            @Nullable PostCoverage duty,
            IssueCounts issueCounts,
            @Nullable ReportWallStatus report,
            Locale language) {
        WallJson.Device tele = postDevices.stream()
                .filter(d -> d.kind() == DeviceKind.TELEKONFERENSI)
                .findFirst()
                .map(d -> device(d, cameraRules, language))
                .orElse(null);
        List<WallJson.Device> cameras = postDevices.stream()
                .filter(d -> d.kind() == DeviceKind.CCTV)
                .map(d -> device(d, cameraRules, language))
                .toList();
        Instant heard = last == null ? t.alertChangedAt() : latest(last.at(), t.alertChangedAt());
        return new WallJson.Post(
                t.id(),
                t.code(),
                t.name(),
                t.level().name(),
                t.wilayahCode(),
                t.wilayahName(),
                t.alertLevel().name(),
                messages.getTranslation(t.alertLevel().labelKey(), language),
                t.alertReason(),
                t.alertChangedAt() == null ? null : t.alertChangedAt().toString(),
                staffing(duty, language),
                issues(issueCounts.post(t.id())),
                issues(issueCounts.wilayah(t.wilayahCode())),
                mapState(t, duty, issueCounts.wilayah(t.wilayahCode()), report, language),
                report(report),
                tele,
                cameras,
                heard == null ? null : heard.toString());
    }

    private WallJson.Report report(@Nullable ReportWallStatus r) {
        if (r == null) {
            return new WallJson.Report(null, false, clock.instant().toString(), false, null);
        }
        // Accepted: the last acceptance is not older than the last submission (a resubmission waits again).
        boolean accepted = r.lastSubmittedAt() != null
                && r.lastAcceptedAt() != null
                && !r.lastAcceptedAt().isBefore(r.lastSubmittedAt());
        return new WallJson.Report(
                r.lastSubmittedAt() == null ? null : r.lastSubmittedAt().toString(),
                accepted,
                r.nextDueAt().toString(),
                r.overdue(),
                r.overdueSince() == null ? null : r.overdueSince().toString());
    }

    private static WallJson.Statement statement(WallStatement s) {
        return new WallJson.Statement(
                s.id(), s.title(), s.excerpt(), s.publishedAt().toString(), WallStatement.PUBLISHER);
    }

    private static WallJson.Issues issues(IssueCounts.Open open) {
        return new WallJson.Issues(
                open.total(),
                open.of(Severity.KRITIS),
                open.of(Severity.TINGGI),
                open.of(Severity.SEDANG),
                open.of(Severity.RENDAH),
                open.overdue(),
                open.oldest() == null ? null : open.oldest().toString());
    }

    /** The worst of the alert level, the area's open issues and a staffing gap (see WallJson.MapState). */
    private WallJson.MapState mapState(
            PoskoTile t,
            @Nullable PostCoverage duty,
            IssueCounts.Open area,
            @Nullable ReportWallStatus report,
            Locale language) {
        AlertLevel level = t.alertLevel();
        String note = null;
        if (report != null && report.overdue() && level.compareTo(AlertLevel.WASPADA) < 0) {
            level = AlertLevel.WASPADA;
            note = messages.getTranslation("wall.map.reportLate", language);
        }
        if (duty != null && duty.gap() && level.compareTo(AlertLevel.WASPADA) < 0) {
            level = AlertLevel.WASPADA;
            note = messages.getTranslation("wall.map.gap", language);
        }
        if (area.of(Severity.TINGGI) > 0 && level.compareTo(AlertLevel.WASPADA) < 0) {
            level = AlertLevel.WASPADA;
            note = messages.getTranslation("wall.map.tinggi", language, area.of(Severity.TINGGI));
        }
        if (area.overdue() > 0 && level.compareTo(AlertLevel.SIAGA) < 0) {
            level = AlertLevel.SIAGA;
            note = messages.getTranslation("wall.map.overdue", language, area.overdue());
        }
        if (area.of(Severity.KRITIS) > 0 && level.compareTo(AlertLevel.SIAGA) < 0) {
            level = AlertLevel.SIAGA;
            note = messages.getTranslation("wall.map.kritis", language, area.of(Severity.KRITIS));
        }
        return new WallJson.MapState(level.name(), messages.getTranslation(level.labelKey(), language), note);
    }

    private WallJson.Device device(DeviceInfo d, CameraRules cameraRules, Locale language) {
        return new WallJson.Device(
                d.name(),
                d.status().name(),
                messages.getTranslation(d.status().labelKey(), language),
                d.statusSince().toString(),
                cameraRules.wallAddress(d));
    }

    private WallJson.Election election(Optional<ElectionInfo> active, LocalDate today, Locale language) {
        if (active.isEmpty()) {
            return new WallJson.Election(
                    messages.getTranslation("overview.election.none", language),
                    today.toString(),
                    null,
                    List.of(),
                    null);
        }
        ElectionInfo e = active.get();
        Optional<StageInfo> now = e.stageOn(today);
        List<WallJson.Stage> stages = e.stages().stream()
                .map(s -> new WallJson.Stage(
                        s.seq(),
                        s.name(),
                        s.startsOn().toString(),
                        s.endsOn().toString(),
                        s.votingDay(),
                        s.covers(today),
                        s.endsOn().isBefore(today)))
                .toList();
        WallJson.Countdown countdown = e.nextVotingDay(today)
                .map(v -> new WallJson.Countdown(
                        v.name(), v.startsOn().toString(), ChronoUnit.DAYS.between(today, v.startsOn())))
                .orElse(null);
        return new WallJson.Election(
                e.name(), today.toString(), now.map(StageInfo::name).orElse(null), stages, countdown);
    }

    private WallJson.Playlist playlist(WallPlaylist p, Locale language) {
        return new WallJson.Playlist(
                p.panels().stream()
                        .map(panel -> new WallJson.PanelSlot(
                                panel.kind().name(),
                                messages.getTranslation(panel.kind().labelKey(), language),
                                panel.seconds(),
                                panel.enabled()))
                        .toList(),
                p.postPass(),
                p.postSeconds(),
                p.silenceMinutes());
    }

    private WallJson.Staffing staffing(@Nullable PostCoverage duty, Locale language) {
        if (duty == null) {
            return new WallJson.Staffing(null, 0, "DUTY", false, null, null);
        }
        String missing = duty.missing().isEmpty()
                ? null
                : messages.getTranslation(
                        "wall.staffing.missing",
                        language,
                        duty.missing().stream()
                                .map(m -> m.count() + " "
                                        + messages.getTranslation(m.role().labelKey(), language))
                                .collect(java.util.stream.Collectors.joining(", ")));
        String shift = duty.shifts().isEmpty()
                ? null
                : duty.shifts().stream()
                        .map(s -> s.name() + " " + Wib.time(s.startsAt()).replace(" WIB", "") + "\u2013"
                                + Wib.time(s.endsAt()).replace(" WIB", ""))
                        .collect(java.util.stream.Collectors.joining(", "));
        return new WallJson.Staffing(duty.present(), duty.required(), "DUTY", duty.gap(), missing, shift);
    }

    /** Officers present against required per post now (ECharts option as plain maps: Jackson escapes every text). */
    private Map<String, Object> coverageChart(
            List<PoskoTile> tiles, Map<Long, PostCoverage> staffing, Locale language) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("backgroundColor", "transparent");
        option.put("title", Map.of("text", messages.getTranslation("wall.chart.coverage", language), "left", "center"));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", "9%", "textStyle", Map.of("color", "#e2e8f0")));
        option.put("grid", Map.of("left", "3%", "right", "3%", "bottom", "3%", "top", "22%", "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        tiles.stream().map(PoskoTile::wilayahName).toList(),
                        "axisLabel",
                        // Every post named; with many posts the names are slanted and shortened
                        // rather than written over one another.
                        tiles.size() > 8
                                ? Map.of("interval", 0, "rotate", 40, "width", 120, "overflow", "truncate")
                                : Map.of("interval", 0)));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        List<Map<String, Object>> present = tiles.stream()
                .map(t -> {
                    PostCoverage c = staffing.get(t.id());
                    int value = c == null ? 0 : c.present();
                    String color = c != null && c.gap() ? "#ef4444" : "#22c55e";
                    return Map.<String, Object>of("value", value, "itemStyle", Map.of("color", color));
                })
                .toList();
        option.put(
                "series",
                List.of(
                        Map.of(
                                "type",
                                "bar",
                                "name",
                                messages.getTranslation("wall.chart.present", language),
                                "data",
                                present,
                                "label",
                                Map.of("show", true, "position", "top"),
                                "itemStyle",
                                Map.of("color", "#22c55e")),
                        Map.of(
                                "type",
                                "bar",
                                "name",
                                messages.getTranslation("wall.chart.required", language),
                                "data",
                                tiles.stream()
                                        .map(t -> staffing.containsKey(t.id())
                                                ? staffing.get(t.id()).required()
                                                : 0)
                                        .toList(),
                                "label",
                                Map.of("show", true, "position", "top"),
                                "itemStyle",
                                Map.of("color", "#64748b"))));
        return option;
    }

    private Map<String, String> texts(Locale language) {
        Map<String, String> text = new LinkedHashMap<>();
        for (String key : WALL_TEXT_KEYS) {
            text.put(
                    key.startsWith("wall.") ? key.substring("wall.".length()) : key,
                    messages.getTranslation(key, language));
        }
        return text;
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** The texts the wall's web component shows, sent with the picture in the screen's language. */
    static final List<String> WALL_TEXT_KEYS = List.of(
            "wall.title",
            "wall.updated",
            "wall.silentSince",
            "wall.staffing",
            "wall.issues",
            "wall.report",
            "wall.report.late",
            "wall.report.next",
            "wall.report.accepted",
            "wall.report.pending",
            "wall.report.accepted.short",
            "wall.report.pending.short",
            "wall.tele",
            "wall.cctv",
            "wall.none",
            "wall.lastHeard",
            "wall.never",
            "wall.map",
            "wall.map.noPost",
            "wall.map.dots",
            "wall.map.dots.none",
            "wall.map.dots.approx",
            "wall.map.dots.closed",
            "wall.map.dots.unplaced",
            "severity.KRITIS",
            "severity.TINGGI",
            "severity.SEDANG",
            "severity.RENDAH",
            "wall.stages",
            "wall.countdown.days",
            "wall.countdown.today",
            "wall.currentStage",
            "wall.noStage",
            "wall.connectionLost",
            "wall.exercise",
            "wall.cameras.none",
            "wall.issues.kritis",
            "wall.issues.overdue",
            "wall.issues.open",
            "wall.issues.oldest",
            "wall.issues.none",
            "wall.journal",
            "wall.statement",
            "wall.statement.none",
            "wall.short.kritis",
            "wall.short.overdue",
            "wall.since",
            "wall.provincial",
            "wall.reason",
            "wall.short.staffing",
            "wall.short.issues",
            "wall.short.report",
            "wall.short.tele",
            "wall.short.heard",
            "wall.short.down",
            "wall.short.silent",
            "wall.short.reportsLate",
            "wall.unit.minutes",
            "wall.unit.hours",
            "wall.unit.days",
            "wall.short.gap",
            "alert.NORMAL",
            "alert.WASPADA",
            "alert.SIAGA",
            "alert.AWAS");
}
