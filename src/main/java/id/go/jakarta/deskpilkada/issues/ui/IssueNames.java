package id.go.jakarta.deskpilkada.issues.ui;

import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Names for the ids an issue holds (category, place, post, unit, stage), so every issue screen
 * shows the same words. Read once per screen: these lists change rarely and a screen lives minutes.
 */
@Component
class IssueNames {

    private final IssueService issues;
    private final WilayahService places;
    private final StaffService staff;
    private final PoskoService posko;
    private final ElectionService elections;

    IssueNames(
            IssueService issues,
            WilayahService places,
            StaffService staff,
            PoskoService posko,
            ElectionService elections) {
        this.issues = issues;
        this.places = places;
        this.staff = staff;
        this.posko = posko;
        this.elections = elections;
    }

    /** The names as they are now, for one screen. */
    Snapshot snapshot() {
        Optional<ElectionInfo> election = elections.active();
        return new Snapshot(
                issues.categories().stream().collect(Collectors.toMap(CategoryInfo::id, Function.identity())),
                staff.units().stream().collect(Collectors.toMap(UnitInfo::id, Function.identity())),
                posko.allTiles().stream().collect(Collectors.toMap(PoskoTile::id, Function.identity())),
                election,
                places);
    }

    record Snapshot(
            Map<Long, CategoryInfo> categories,
            Map<Long, UnitInfo> units,
            Map<Long, PoskoTile> posts,
            Optional<ElectionInfo> election,
            WilayahService places) {

        String category(long id) {
            CategoryInfo c = categories.get(id);
            return c == null ? "#" + id : c.name();
        }

        @Nullable
        CategoryInfo categoryInfo(long id) {
            return categories.get(id);
        }

        String unit(@Nullable Long id) {
            UnitInfo u = id == null ? null : units.get(id);
            return u == null ? "" : u.name();
        }

        String post(long id) {
            PoskoTile p = posts.get(id);
            return p == null ? "#" + id : p.name();
        }

        /** "Kebon Kelapa, Gambir, Jakarta Pusat": the most precise place first. */
        String place(IssueInfo issue) {
            List<String> parts = new ArrayList<>();
            area(issue.kelurahanCode()).ifPresent(a -> parts.add(a.name()));
            area(issue.kecamatanCode()).ifPresent(a -> parts.add(a.name()));
            area(issue.wilayahCode()).ifPresent(a -> parts.add(a.shortName()));
            return parts.isEmpty() ? issue.wilayahCode() : String.join(", ", parts);
        }

        /** The kelurahan (or what is known) and the wilayah, short enough for a list line. */
        String shortPlace(IssueInfo issue) {
            String local = area(issue.kelurahanCode())
                    .or(() -> area(issue.kecamatanCode()))
                    .map(WilayahArea::name)
                    .orElse(null);
            String wil = area(issue.wilayahCode()).map(WilayahArea::shortName).orElse(issue.wilayahCode());
            return local == null ? wil : local + ", " + wil;
        }

        String stage(@Nullable Integer seq) {
            if (seq == null) {
                return "";
            }
            return election.flatMap(e -> e.stage(seq)).map(StageInfo::name).orElse(String.valueOf(seq));
        }

        private Optional<WilayahArea> area(@Nullable String code) {
            return code == null ? Optional.empty() : places.find(code);
        }
    }
}
