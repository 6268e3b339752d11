package id.go.jakarta.deskpilkada.situation;

import id.go.jakarta.deskpilkada.situation.picture.WallIssueCharts;
import id.go.jakarta.deskpilkada.situation.picture.WallJson;
import id.go.jakarta.deskpilkada.situation.picture.WallPatch;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.journal.WallTickerItem;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.WallStatement;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportWallStatus;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.LastActivity;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the wall's picture for this node: one immutable JSON string per language, rebuilt from
 * the live snapshot when something changes (and every 30 s so that ages and countdowns move on),
 * and handed to every wall screen on the node as the same instance. A burst of events costs one
 * rebuild, not one per screen, and no screen queries the database.
 *
 * <p>How often: an event that finds the builder idle is built at once; one that arrives while a
 * picture is built or handed out waits for the next picture, which starts no sooner than
 * {@link #MIN_INTERVAL} and the last picture's build and hand-over after the one before. So a
 * quiet node shows each event within a build and a hand-over, and a node with more screens than
 * it can feed sends fewer pictures, each with more events, instead of queueing them.
 */
@Service
public class WallModelService {

    /** At most this often a new picture, whatever the rate of events (twenty a second). */
    static final Duration MIN_INTERVAL = Duration.ofMillis(50);
    static final Duration REFRESH = Duration.ofSeconds(30);
    /** The builder waits at most this long for every screen to take a picture. */
    static final Duration HAND_OVER_LIMIT = Duration.ofSeconds(2);
    /** Journal entries on the wall's ticker line. */
    static final int TICKER_ITEMS = 8;
    private static final Duration SLOW_DATA_TTL = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(WallModelService.class);

    private final PoskoService posko;
    private final DeviceService devices;
    private final CoverageService coverage;
    private final ElectionService elections;
    private final IssueService issues;
    private final JournalService journal;
    private final MediaService media;
    private final ReportService reports;
    private final WallSettingsService settings;
    private final LiveEventBus bus;
    private final Messages messages;
    private final ObjectWriter json;
    private final JsonMapper trees;
    private final Clock clock;
    /** The previous picture per language as a tree, to compute the next patch (only in rebuild). */
    private final Map<String, JsonNode> previousTrees = new java.util.HashMap<>();

    private final List<Consumer<Pictures>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService builder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wall-model");
        t.setDaemon(true);
        return t;
    });
    /**
     * Hands a new picture to each screen on a virtual thread of its own: each screen's push
     * (encoding its message and writing it to its socket, on the calling thread since Atmosphere's
     * {@code SimpleBroadcaster}, see {@code PushFootprint}) runs under its session lock, on as many
     * carrier threads as there are cores. A screen whose socket does not take its message (a wall
     * whose network went away) parks only its own thread, until Atmosphere's write timeout.
     */
    private final ExecutorService fanOut =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("wall-push-", 0).factory());
    private volatile @Nullable Pictures current;
    /** Something changed while no screen was listening: {@link #pictures()} builds anew. */
    private volatile boolean outdated;
    private volatile long lastBuild;
    /** How long the last picture took to build and hand to every screen, in milliseconds. */
    private volatile long lastCycle;
    private volatile @Nullable SlowData slow;
    /** The commit time of the newest event received (any node's), read at the start of a build. */
    private final AtomicReference<@Nullable Instant> newestEvent = new AtomicReference<>();
    /** The commit time of the oldest event received since the last build started (null if none). */
    private final AtomicReference<@Nullable Instant> oldestPending = new AtomicReference<>();
    private volatile Instant slowInvalidatedAt = Instant.EPOCH;
    private Runnable unsubscribe = () -> { };

    /**
     * The same picture in each language, when it was built, the commit time of the newest event it
     * reflects (null before the first event this node received) and of the oldest event new in it
     * (null if none came since the picture before).
     */
    public record Pictures(Map<String, String> byLanguage, Map<String, JsonNode> patchByLanguage, Instant builtAt,
                           long sequence, @Nullable Instant newestEventAt, @Nullable Instant oldestEventAt) {

        public String in(Locale locale) {
            return byLanguage.get(language(locale));
        }

        /**
         * The patch from picture {@code sequence - 1} to this one in the screen's language (see
         * {@link WallPatch}), or null when there is none (the first picture, or a change so large
         * that the whole picture is about as short). A JSON node that writes its text as it is (a
         * raw value; {@code toString()} gives the text), the instance handed to every screen: a
         * string argument is written into each screen's message as a JSON string, every quote in
         * it escaped, and a tree is walked and written anew, per screen and picture; those were
         * the largest costs of the fan-out after the socket writes. The text is ASCII (see the
         * constructor), so each message stays one byte per character.
         */
        public @Nullable JsonNode patchIn(Locale locale) {
            return patchByLanguage.get(language(locale));
        }

        /**
         * The picture's language for a screen's locale: its own if built (the pictures are built
         * for {@link Languages#ALL}), else Indonesian. Asked for each screen and picture, so a plain
         * map lookup rather than {@link Languages#of} (a stream and a locale parse each time).
         */
        private String language(Locale locale) {
            String own = locale.getLanguage();
            return byLanguage.containsKey(own) ? own : Languages.INDONESIAN.getLanguage();
        }
    }

    /** Data that changes rarely and costs a query: refreshed at most once a minute. */
    private record SlowData(Optional<ElectionInfo> election, WallPlaylist playlist, List<CategoryInfo> categories,
                            Instant loadedAt) {
    }

    WallModelService(PoskoService posko, DeviceService devices, CoverageService coverage, ElectionService elections,
                     IssueService issues, JournalService journal, MediaService media, ReportService reports,
                     WallSettingsService settings, LiveEventBus bus, Messages messages, JsonMapper json,
                     Clock clock) {
        this.posko = posko;
        this.devices = devices;
        this.coverage = coverage;
        this.elections = elections;
        this.issues = issues;
        this.journal = journal;
        this.media = media;
        this.reports = reports;
        this.settings = settings;
        this.bus = bus;
        this.messages = messages;
        // Only ASCII (any other character escaped, which the wall's JSON.parse reads back):
        // one en dash would otherwise store the picture, and every screen's copy in its last push
        // message, as two bytes per character instead of one.
        this.json = json.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
        this.trees = json;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived) {
                Instant committed = arrived.envelope().committedAt();
                newestEvent.accumulateAndGet(committed, (known, next) -> known == null || next.isAfter(known) ? next : known);
                oldestPending.accumulateAndGet(committed, (known, next) -> known == null || next.isBefore(known) ? next : known);
                if (arrived.envelope().event() instanceof WallPlaylistChanged) {
                    slowInvalidatedAt = clock.instant();
                }
            }
            requestRebuild();
        });
        builder.scheduleWithFixedDelay(this::requestRebuild, REFRESH.toMillis(), REFRESH.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        unsubscribe.run();
        builder.shutdownNow();
        fanOut.shutdownNow();
    }

    /** The current picture (built now if none yet, once however many screens ask at once). */
    public Pictures pictures() {
        Pictures p = current;
        if (p != null && !outdated) {
            return p;
        }
        synchronized (this) {
            return current != null && !outdated ? current : rebuild();
        }
    }

    /**
     * Called with every new picture, on one of the fan-out threads; the next picture waits until
     * every listener has returned, so hand it on quickly.
     */
    public Runnable subscribe(Consumer<Pictures> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int subscriberCount() {
        return listeners.size();
    }

    private void requestRebuild() {
        if (listeners.isEmpty()) {
            // No screen on this node (an API node): the next screen to ask has it built then.
            outdated = true;
            return;
        }
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        // +1 ms: the clock ticks in microseconds, the scheduler in milliseconds.
        long gap = Math.max(MIN_INTERVAL.toMillis(), lastCycle);
        long wait = Math.max(0, lastBuild + gap + 1 - clock.millis());
        builder.schedule(() -> {
            pending.set(false);
            long started = System.nanoTime();
            Pictures built;
            try {
                built = rebuild();
            } catch (RuntimeException e) {
                log.warn("Could not rebuild the wall picture", e);
                return;
            }
            long builtAt = System.nanoTime();
            // The builder waits for the fan-out: the next picture is not built before every screen
            // has this one, so a node with more screens than it can feed sends fewer pictures
            // instead of queueing them. Not longer than HAND_OVER_LIMIT: a screen stuck in its
            // write does not hold up the others' next picture (its own waits on its session lock).
            List<Future<?>> pushes = new ArrayList<>(listeners.size());
            for (Consumer<Pictures> listener : listeners) {
                pushes.add(fanOut.submit(() -> {
                    try {
                        listener.accept(built);
                    } catch (RuntimeException e) {
                        log.warn("A wall screen could not take the new picture", e);
                    }
                }));
            }
            long deadline = builtAt + HAND_OVER_LIMIT.toNanos();
            int late = 0;
            for (Future<?> push : pushes) {
                try {
                    push.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    log.warn("A wall screen could not take the new picture", e.getCause());
                } catch (TimeoutException e) {
                    late++;
                }
            }
            if (late > 0) {
                log.info("Picture {}: {} of {} screens had not taken it after {} ms", built.sequence(), late,
                        pushes.size(), HAND_OVER_LIMIT.toMillis());
            }
            long done = System.nanoTime();
            lastCycle = (done - started) / 1_000_000;
            if (log.isDebugEnabled()) {
                log.debug("Picture {}: built in {} ms, handed to {} screens in {} ms", built.sequence(),
                        (builtAt - started) / 1_000_000, pushes.size(), (done - builtAt) / 1_000_000);
            }
        }, wait, TimeUnit.MILLISECONDS);
    }

    /** Builds a new picture from the snapshot; public for tests and the benchmark. */
    public synchronized Pictures rebuild() {
        // The picture's time is the moment it starts: pictures are then at least MIN_INTERVAL apart.
        Instant now = clock.instant();
        lastBuild = now.toEpochMilli();
        outdated = false;
        // Read before the snapshot: every event up to these is in what the build reads next. (An
        // event between the two is in this picture and counted as new in the next one too: its
        // wait is overstated, never understated.)
        Instant oldest = oldestPending.getAndSet(null);
        Instant newest = newestEvent.get();
        SlowData data = slowData();
        List<PoskoTile> tiles = posko.tiles();
        Map<Long, LastActivity> activity = posko.lastActivities();
        Map<Long, List<DeviceInfo>> deviceMap = devices.byPost();
        Map<Long, PostCoverage> staffing = coverage.now();
        IssueCounts issueCounts = issues.counts();
        List<WallTickerItem> tickerItems = journal.wallTicker(TICKER_ITEMS);
        Map<Long, ReportWallStatus> reportStatus = reports.wallStatus();
        WallJson.Statement statement = media.latestPublished().map(WallModelService::statement).orElse(null);
        Pictures previous = current;
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Map<String, JsonNode> patches = new LinkedHashMap<>();
        for (Locale language : Languages.ALL) {
            WallJson.Model model = new WallJson.Model(sequence, now.toString(), newest == null ? null : newest.toString(),
                    oldest == null ? null : oldest.toString(), language.getLanguage(),
                    data.election().map(ElectionInfo::exercise).orElse(false),
                    election(data.election(), Wib.today(clock), language),
                    tiles.stream().map(t -> post(t, activity.get(t.id()), deviceMap.getOrDefault(t.id(), List.of()),
                            staffing.get(t.id()), issueCounts, reportStatus.get(t.id()), language)).toList(),
                    playlist(data.playlist(), language),
                    new WallJson.Charts(coverageChart(tiles, staffing, language),
                            WallIssueCharts.heatmap(tiles, issueCounts, messages, language),
                            WallIssueCharts.perDay(issueCounts, data.categories(), Wib.today(clock), messages, language)),
                    tickerItems.stream().map(i -> new WallJson.Ticker(i.poskoName().replace("Posko ", ""),
                            i.at().toString(), messages.getTranslation(i.categoryKey(), language), i.text())).toList(),
                    statement,
                    texts(language));
            JsonNode tree = trees.valueToTree(model);
            String full = json.writeValueAsString(tree);
            byLanguage.put(language.getLanguage(), full);
            JsonNode before = previousTrees.put(language.getLanguage(), tree);
            ObjectNode patch = before == null || previous == null ? null
                    : WallPatch.between(before, previous.sequence(), tree, sequence);
            if (patch != null) {
                String text = json.writeValueAsString(patch);
                // A patch longer than half the picture saves too little to be worth a second path.
                if (text.length() * 2 < full.length()) {
                    patches.put(language.getLanguage(), JsonNodeFactory.instance.rawValueNode(new RawValue(text)));
                }
            }
        }
        Pictures built = new Pictures(Map.copyOf(byLanguage), Map.copyOf(patches), now, sequence, newest, oldest);
        current = built;
        return built;
    }

    private SlowData slowData() {
        SlowData data = slow;
        Instant now = clock.instant();
        if (data == null || data.loadedAt().plus(SLOW_DATA_TTL).isBefore(now)
                || !data.loadedAt().isAfter(slowInvalidatedAt)) {
            data = new SlowData(elections.active(), settings.playlist(), issues.categories(), now);
            slow = data;
        }
        return data;
    }

    private WallJson.Post post(PoskoTile t, @Nullable LastActivity last, List<DeviceInfo> postDevices,
                               @Nullable PostCoverage duty, IssueCounts issueCounts,
                               @Nullable ReportWallStatus report, Locale language) {
        WallJson.Device tele = postDevices.stream().filter(d -> d.kind() == DeviceKind.TELEKONFERENSI).findFirst()
                .map(d -> device(d, language)).orElse(null);
        List<WallJson.Device> cameras = postDevices.stream().filter(d -> d.kind() == DeviceKind.CCTV)
                .map(d -> device(d, language)).toList();
        Instant heard = last == null ? t.alertChangedAt() : latest(last.at(), t.alertChangedAt());
        return new WallJson.Post(t.id(), t.code(), t.name(), t.level().name(), t.wilayahCode(), t.wilayahName(),
                t.alertLevel().name(), messages.getTranslation(t.alertLevel().labelKey(), language), t.alertReason(),
                t.alertChangedAt() == null ? null : t.alertChangedAt().toString(),
                staffing(duty, language), issues(issueCounts.post(t.id())), issues(issueCounts.wilayah(t.wilayahCode())),
                mapState(t, duty, issueCounts.wilayah(t.wilayahCode()), report, language),
                report(report), tele, cameras, heard == null ? null : heard.toString());
    }

    private WallJson.Report report(@Nullable ReportWallStatus r) {
        if (r == null) {
            return new WallJson.Report(null, false, clock.instant().toString(), false, null);
        }
        // Accepted: the last acceptance is not older than the last submission (a resubmission waits again).
        boolean accepted = r.lastSubmittedAt() != null && r.lastAcceptedAt() != null
                && !r.lastAcceptedAt().isBefore(r.lastSubmittedAt());
        return new WallJson.Report(r.lastSubmittedAt() == null ? null : r.lastSubmittedAt().toString(), accepted,
                r.nextDueAt().toString(), r.overdue(), r.overdueSince() == null ? null : r.overdueSince().toString());
    }

    private static WallJson.Statement statement(WallStatement s) {
        return new WallJson.Statement(s.id(), s.title(), s.excerpt(), s.publishedAt().toString(), WallStatement.PUBLISHER);
    }

    private static WallJson.Issues issues(IssueCounts.Open open) {
        return new WallJson.Issues(open.total(), open.of(Severity.KRITIS), open.of(Severity.TINGGI),
                open.of(Severity.SEDANG), open.of(Severity.RENDAH), open.overdue(),
                open.oldest() == null ? null : open.oldest().toString());
    }

    /** The worst of the alert level, the area's open issues and a staffing gap (see WallJson.MapState). */
    private WallJson.MapState mapState(PoskoTile t, @Nullable PostCoverage duty, IssueCounts.Open area,
                                       @Nullable ReportWallStatus report, Locale language) {
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

    private WallJson.Device device(DeviceInfo d, Locale language) {
        return new WallJson.Device(d.name(), d.status().name(), messages.getTranslation(d.status().labelKey(), language),
                d.statusSince().toString(), d.snapshotUrl());
    }

    private WallJson.Election election(Optional<ElectionInfo> active, LocalDate today, Locale language) {
        if (active.isEmpty()) {
            return new WallJson.Election(messages.getTranslation("overview.election.none", language), today.toString(),
                    null, List.of(), null);
        }
        ElectionInfo e = active.get();
        Optional<StageInfo> now = e.stageOn(today);
        List<WallJson.Stage> stages = e.stages().stream().map(s -> new WallJson.Stage(s.seq(), s.name(),
                s.startsOn().toString(), s.endsOn().toString(), s.votingDay(), s.covers(today),
                s.endsOn().isBefore(today))).toList();
        WallJson.Countdown countdown = e.nextVotingDay(today).map(v -> new WallJson.Countdown(v.name(),
                v.startsOn().toString(), ChronoUnit.DAYS.between(today, v.startsOn()))).orElse(null);
        return new WallJson.Election(e.name(), today.toString(), now.map(StageInfo::name).orElse(null), stages,
                countdown);
    }

    private WallJson.Playlist playlist(WallPlaylist p, Locale language) {
        return new WallJson.Playlist(p.panels().stream().filter(WallPlaylist.Panel::enabled)
                .map(panel -> new WallJson.PanelSlot(panel.kind().name(),
                        messages.getTranslation(panel.kind().labelKey(), language), panel.seconds()))
                .toList(), p.postPass(), p.postSeconds(), p.silenceMinutes());
    }

    private WallJson.Staffing staffing(@Nullable PostCoverage duty, Locale language) {
        if (duty == null) {
            return new WallJson.Staffing(null, 0, "DUTY", false, null, null);
        }
        String missing = duty.missing().isEmpty() ? null : messages.getTranslation("wall.staffing.missing", language,
                duty.missing().stream().map(m -> m.count() + " " + messages.getTranslation(m.role().labelKey(), language))
                        .collect(java.util.stream.Collectors.joining(", ")));
        String shift = duty.shifts().isEmpty() ? null : duty.shifts().stream()
                .map(s -> s.name() + " " + Wib.time(s.startsAt()).replace(" WIB", "") + "\u2013"
                        + Wib.time(s.endsAt()).replace(" WIB", ""))
                .collect(java.util.stream.Collectors.joining(", "));
        return new WallJson.Staffing(duty.present(), duty.required(), "DUTY", duty.gap(), missing, shift);
    }

    /** Officers present against required per post now (ECharts option as plain maps: Jackson escapes every text). */
    private Map<String, Object> coverageChart(List<PoskoTile> tiles, Map<Long, PostCoverage> staffing,
                                              Locale language) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("backgroundColor", "transparent");
        option.put("title", Map.of("text", messages.getTranslation("wall.chart.coverage", language),
                "left", "center"));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", "9%", "textStyle", Map.of("color", "#e2e8f0")));
        option.put("grid", Map.of("left", "3%", "right", "3%", "bottom", "3%", "top", "22%", "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", tiles.stream().map(PoskoTile::wilayahName).toList(),
                "axisLabel", Map.of("interval", 0)));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1));
        List<Map<String, Object>> present = tiles.stream().map(t -> {
            PostCoverage c = staffing.get(t.id());
            int value = c == null ? 0 : c.present();
            String color = c != null && c.gap() ? "#ef4444" : "#22c55e";
            return Map.<String, Object>of("value", value, "itemStyle", Map.of("color", color));
        }).toList();
        option.put("series", List.of(
                Map.of("type", "bar", "name", messages.getTranslation("wall.chart.present", language),
                        "data", present, "label", Map.of("show", true, "position", "top"),
                        "itemStyle", Map.of("color", "#22c55e")),
                Map.of("type", "bar", "name", messages.getTranslation("wall.chart.required", language),
                        "data", tiles.stream().map(t -> staffing.containsKey(t.id()) ? staffing.get(t.id()).required() : 0)
                                .toList(),
                        "label", Map.of("show", true, "position", "top"), "itemStyle", Map.of("color", "#64748b"))));
        return option;
    }

    private Map<String, String> texts(Locale language) {
        Map<String, String> text = new LinkedHashMap<>();
        for (String key : WALL_TEXT_KEYS) {
            text.put(key.startsWith("wall.") ? key.substring("wall.".length()) : key,
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
            "wall.title", "wall.updated", "wall.silentSince", "wall.staffing",
            "wall.issues", "wall.report", "wall.report.late", "wall.report.next", "wall.report.accepted",
            "wall.report.pending", "wall.tele", "wall.cctv",
            "wall.none", "wall.lastHeard", "wall.never", "wall.map", "wall.stages", "wall.countdown.days",
            "wall.countdown.today", "wall.currentStage", "wall.noStage", "wall.connectionLost", "wall.exercise",
            "wall.cameras.none", "wall.issues.kritis", "wall.issues.overdue", "wall.issues.open",
            "wall.issues.oldest", "wall.issues.none", "wall.journal", "wall.statement", "wall.statement.none", "wall.short.kritis", "wall.short.overdue", "wall.since", "wall.provincial", "wall.reason",
            "wall.short.staffing", "wall.short.issues", "wall.short.report", "wall.short.tele", "wall.short.heard",
            "wall.short.down", "wall.short.silent", "wall.short.reportsLate",
            "wall.unit.minutes", "wall.unit.hours", "wall.unit.days", "wall.short.gap",
            "alert.NORMAL", "alert.WASPADA", "alert.SIAGA", "alert.AWAS");
}
