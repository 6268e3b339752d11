package id.go.jakarta.deskpilkada.situation.picture;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wall's picture as JSON: everything a wall screen draws, nothing personal (no names of
 * people, no phone numbers). Built once per change per node and language, shared by every screen.
 */
public final class WallJson {

    private WallJson() {}

    /**
     * {@code sequence}: the picture's number on this node (a screen that holds picture n can take
     * the patch from n to n + 1, see {@link WallPatch}). {@code newestEventAt}: the commit time of the newest cluster event this picture reflects (null
     * before the first); {@code oldestEventAt}: the commit time of the oldest event that is new in
     * this picture (arrived after the previous picture's build started; null if none), so a screen
     * or a load client can tell commit-to-screen latency of every event it shows, the one that
     * waited longest included.
     */
    public record Model(
            long sequence,
            String generatedAt,
            @Nullable String newestEventAt,
            @Nullable String oldestEventAt,
            String language,
            boolean exercise,
            Election election,
            List<Post> posts,
            Playlist playlist,
            Charts charts,
            List<Ticker> ticker,
            @Nullable Statement statement,
            @Nullable MapRef map,
            @Nullable IssueDots issueDots,
            Map<String, String> text) {}

    /**
     * Where the wall fetches the boundaries of the election's region ({@code url}, relative to the
     * page, GeoJSON with {@code code} and {@code name} per area), the level of its areas and the
     * data set's credit line. Absent when the region has no boundaries shipped: the wall then shows
     * the posts' states as a list.
     */
    public record MapRef(String url, String level, int areas, String attribution) {}

    /**
     * The issues reported in the last 24 hours (rejected ones left out) as dots on the map, present
     * with the map: {@code total} of them, {@code unplaced} of those without a position inside the
     * region (their place is unknown below the region itself, or no point is shipped for it).
     */
    public record IssueDots(List<Dot> dots, int total, int unplaced) {}

    /**
     * Issues at one point: {@code exact} when it is their kelurahan's, otherwise the kecamatan's (or
     * kabupaten/kota's) the issues were located to; {@code worst} the worst severity of the open
     * ones, or of all when none is open ({@code open} 0).
     */
    public record Dot(double lon, double lat, String place, boolean exact, int count, int open, String worst) {}

    /** A post's journal entry on the ticker: no author. */
    public record Ticker(String post, String at, String category, String text) {}

    /** The latest statement published by Bakesbangpol. */
    public record Statement(long id, String title, String excerpt, String publishedAt, String publisher) {}

    public record Election(
            String name,
            String today,
            @Nullable String currentStage,
            List<Stage> stages,
            @Nullable Countdown nextVoting) {}

    public record Stage(
            int seq, String name, String start, String end, boolean voting, boolean current, boolean past) {}

    public record Countdown(String name, String date, long days) {}

    public record Post(
            long id,
            String code,
            String name,
            String level,
            String wilayahCode,
            String wilayahName,
            String alert,
            String alertLabel,
            @Nullable String alertReason,
            @Nullable String alertChangedAt,
            Staffing staffing,
            Issues issues,
            Issues area,
            MapState map,
            Report report,
            @Nullable Device tele,
            List<Device> cctv,
            @Nullable String lastHeard) {}

    /**
     * Open issues (counts only): {@code issues} those the post owns, {@code area} those located in
     * its wilayah (what the map shows). {@code oldest} is when the oldest open one was reported.
     */
    public record Issues(
            int open,
            int kritis,
            int tinggi,
            int sedang,
            int rendah,
            int overdue,
            @Nullable String oldest) {}

    /**
     * The post's situation reports: when the last one was submitted, whether the provincial post has
     * accepted it yet, when the next is due, and whether one is missing past its grace period (since when).
     */
    public record Report(
            @Nullable String lastAt,
            boolean accepted,
            String nextDueAt,
            boolean overdue,
            @Nullable String overdueSince) {}

    /**
     * The colour of the post's area on the map: the worst of its alert level, its open issues
     * (kritis counts as SIAGA, an overdue referral too, tinggi as WASPADA) and a staffing gap
     * (WASPADA) or a missing situation report (WASPADA); {@code note} says why when it is not the
     * alert level itself.
     */
    public record MapState(
            String level, String label, @Nullable String note) {}

    /**
     * Officers on duty now against those the running shifts require (from duty coverage; counts
     * only). {@code gap} once a shift is short after its grace period; {@code missing} says who.
     */
    public record Staffing(
            @Nullable Integer present,
            int required,
            String source,
            boolean gap,
            @Nullable String missing,
            @Nullable String shift) {}

    /**
     * A device on the wall. {@code snapshotUrl} is the application's own address of the camera's
     * snapshot ({@code kamera/<id>}), null when it has none or its address is not allowed; camera
     * and stream addresses never reach a wall.
     */
    public record Device(
            String name,
            String status,
            String statusLabel,
            String since,
            @Nullable String snapshotUrl) {}

    public record Playlist(List<PanelSlot> panels, boolean postPass, int postSeconds, int silenceMinutes) {}

    /**
     * A panel with its label and seconds; {@code enabled} when the common playlist shows it (a screen
     * with panels of its own shows those, enabled or not).
     */
    public record PanelSlot(String kind, String label, int seconds, boolean enabled) {}

    public record Charts(
            Map<String, Object> coverage, Map<String, Object> issueHeatmap, Map<String, Object> issuesPerDay) {}
}
