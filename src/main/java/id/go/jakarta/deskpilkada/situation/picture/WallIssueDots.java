package id.go.jakarta.deskpilkada.situation.picture;

import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.wilayah.BoundaryService;
import id.go.jakarta.deskpilkada.wilayah.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The map's dots: the issues of the last 24 hours grouped by the point they are drawn at, the
 * kelurahan's where it is known and shipped, else the nearest coarser area below the region. An
 * issue located only to the region itself (or outside it) is counted, not drawn.
 */
final class WallIssueDots {

    private WallIssueDots() {}

    static WallJson.IssueDots of(String regionCode, IssueCounts counts, Instant now, BoundaryService boundaries) {
        Map<String, Group> groups = new TreeMap<>();
        int total = 0;
        int unplaced = 0;
        for (IssueCounts.Recent issue : counts.recentAt(now)) {
            total++;
            Optional<Spot> spot = spot(regionCode, issue.place(), boundaries);
            if (spot.isEmpty()) {
                unplaced++;
                continue;
            }
            Spot s = spot.get();
            groups.computeIfAbsent(s.code(), code -> new Group(s)).add(issue);
        }
        List<WallJson.Dot> dots = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            dots.add(new WallJson.Dot(
                    g.spot.point().lon(),
                    g.spot.point().lat(),
                    g.spot.code(),
                    g.spot.exact(),
                    g.count,
                    g.open,
                    (g.open > 0 ? g.worstOpen : g.worst).name()));
        }
        return new WallJson.IssueDots(List.copyOf(dots), total, unplaced);
    }

    /** Where an issue at {@code place} is drawn: its own point, or its nearest area's inside the region. */
    private static Optional<Spot> spot(String regionCode, String place, BoundaryService boundaries) {
        boolean kelurahan = place.length() == "32.73.01.1001".length();
        for (String code = place; code.startsWith(regionCode + "."); code = code.substring(0, code.lastIndexOf('.'))) {
            Optional<GeoPoint> point = boundaries.position(code);
            if (point.isPresent()) {
                return Optional.of(new Spot(code, point.get(), kelurahan && code.equals(place)));
            }
        }
        return Optional.empty();
    }

    private record Spot(String code, GeoPoint point, boolean exact) {}

    private static final class Group {
        final Spot spot;
        int count;
        int open;
        Severity worst = Severity.RENDAH;
        Severity worstOpen = Severity.RENDAH;

        Group(Spot spot) {
            this.spot = spot;
        }

        void add(IssueCounts.Recent issue) {
            count++;
            worst = issue.severity().compareTo(worst) > 0 ? issue.severity() : worst;
            if (issue.open()) {
                open++;
                worstOpen = issue.severity().compareTo(worstOpen) > 0 ? issue.severity() : worstOpen;
            }
        }
    }
}
