package id.go.jakarta.deskpilkada.demo.internal;

import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftForm;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo duty plan: shifts that need 12 officers a day at Balai Kota (three 8-hour shifts) and 7
 * at each wilayah post (two 12-hour shifts), 54 in all; the daily officers rostered from a week ago
 * to a week ahead; past shifts attended (a few late or absent), today's running shifts signed in
 * except at Jakarta Utara, whose operator is excused and replaced by the reserve operator who has
 * not signed in yet (a gap once the grace period is over; petugas.jakut can sign in by QR code),
 * and tomorrow's excused staff member in Kepulauan Seribu replaced by a reserve. Chief accounts
 * are linked to the post's chief, officer accounts to the post's reserve operator.
 */
class DemoDuty {

    static final int DAYS_BACK = 7;
    static final int DAYS_AHEAD = 7;

    private final ShiftService shifts;
    private final RosterService roster;
    private final AttendanceService attendance;
    private final OfficerLookup officers;
    private final AccountService accounts;
    private final Clock clock;
    private final Random random = new Random(2017_02_15);

    DemoDuty(
            ShiftService shifts,
            RosterService roster,
            AttendanceService attendance,
            OfficerLookup officers,
            AccountService accounts,
            Clock clock) {
        this.shifts = shifts;
        this.roster = roster;
        this.attendance = attendance;
        this.officers = officers;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The demo shifts of a post (public for tests of the daily total). */
    static List<ShiftForm> shiftsFor(PoskoLevel level) {
        if (level == PoskoLevel.PROVINSI) {
            return List.of(
                    shift(
                            "Pagi",
                            "07:00",
                            "15:00",
                            Map.of(
                                    PostRole.KETUA,
                                    1,
                                    PostRole.OPERATOR,
                                    1,
                                    PostRole.TEKNISI_KOMINFOMAS,
                                    1,
                                    PostRole.PENGHUBUNG_FORKOPIMDA,
                                    1,
                                    PostRole.STAF,
                                    1)),
                    shift(
                            "Sore",
                            "15:00",
                            "23:00",
                            Map.of(
                                    PostRole.WAKIL_KETUA,
                                    1,
                                    PostRole.OPERATOR,
                                    1,
                                    PostRole.TEKNISI_KOMINFOMAS,
                                    1,
                                    PostRole.PENGHUBUNG_FORKOPIMDA,
                                    1)),
                    shift(
                            "Malam",
                            "23:00",
                            "07:00",
                            Map.of(PostRole.OPERATOR, 1, PostRole.PENGHUBUNG_FORKOPIMDA, 1, PostRole.STAF, 1)));
        }
        return List.of(
                shift(
                        "Siang",
                        "07:00",
                        "19:00",
                        Map.of(
                                PostRole.KETUA,
                                1,
                                PostRole.OPERATOR,
                                1,
                                PostRole.TEKNISI_KOMINFOMAS,
                                1,
                                PostRole.PENGHUBUNG_FORKOPIMDA,
                                1)),
                shift(
                        "Malam",
                        "19:00",
                        "07:00",
                        Map.of(PostRole.OPERATOR, 1, PostRole.PENGHUBUNG_FORKOPIMDA, 1, PostRole.STAF, 1)));
    }

    private static ShiftForm shift(String name, String start, String end, Map<PostRole, Integer> required) {
        Map<PostRole, Integer> ordered = new EnumMap<>(PostRole.class);
        ordered.putAll(required);
        return new ShiftForm(name, LocalTime.parse(start), LocalTime.parse(end), ordered);
    }

    boolean loaded() {
        return !shifts.allActive().isEmpty();
    }

    void load(Collection<PoskoTile> posts) {
        LocalDate today = Wib.today(clock);
        Instant now = clock.instant();
        for (PoskoTile post : posts) {
            List<ShiftInfo> made = new ArrayList<>();
            for (ShiftForm form : shiftsFor(post.level())) {
                made.add(shifts.create(post.id(), form));
            }
            List<OfficerInfo> team = officers.ofPost(post.id());
            Map<Long, OfficerInfo> placeOf = new java.util.HashMap<>();
            List<Place> places = places(made, team, placeOf);
            List<RosterService.Placement> plan = new ArrayList<>();
            for (LocalDate day = today.minusDays(DAYS_BACK);
                    !day.isAfter(today.plusDays(DAYS_AHEAD));
                    day = day.plusDays(1)) {
                for (Place place : places) {
                    plan.add(new RosterService.Placement(
                            place.shift().id(), day, place.officer().id(), place.role()));
                }
            }
            List<AssignmentInfo> planned = roster.assignAll(plan);
            for (int i = 0; i < planned.size(); i++) {
                attend(post, places.get(i % places.size()), planned.get(i), now);
            }
            replaceOneInKepulauanSeribu(post, team, placeOf, today, now);
            excuseTheRunningOperatorInJakartaUtara(post, team, today, now);
        }
        linkAccounts(posts);
    }

    private void attend(PoskoTile post, Place place, AssignmentInfo a, Instant now) {
        if (a.startsAt().isAfter(now)) {
            return;
        }
        boolean running = a.endsAt().isAfter(now);
        if (running && "JAKUT".equals(post.code()) && place.role() == PostRole.OPERATOR) {
            return; // excused below and replaced by the reserve, who has not signed in yet
        }
        int roll = random.nextInt(100);
        AttendanceStatus status = running || roll >= 8
                ? AttendanceStatus.PRESENT
                : roll < 4 ? AttendanceStatus.LATE : AttendanceStatus.ABSENT;
        attendance.mark(a.id(), a.version(), status, status == AttendanceStatus.ABSENT ? "Sakit" : null);
    }

    /** At Kepulauan Seribu the staff member of the next night shift is excused; a reserve stands in. */
    private void replaceOneInKepulauanSeribu(
            PoskoTile post, List<OfficerInfo> team, Map<Long, OfficerInfo> placeOf, LocalDate today, Instant now) {
        if (!"KEPSERIBU".equals(post.code())) {
            return;
        }
        OfficerInfo reserve = team.stream()
                .filter(o -> o.reserve() && o.postRole() == PostRole.STAF)
                .findFirst()
                .orElse(null);
        if (reserve == null) {
            return;
        }
        LocalDate tomorrow = today.plusDays(1);
        for (AssignmentInfo a : roster.week(
                post.id(), tomorrow.minusDays(tomorrow.getDayOfWeek().getValue() - 1L))) {
            if (a.day().equals(tomorrow)
                    && a.role() == PostRole.STAF
                    && a.status() == AttendanceStatus.PLANNED
                    && a.startsAt().isAfter(now)) {
                AssignmentInfo excused = attendance.mark(a.id(), a.version(), AttendanceStatus.IZIN, "Urusan keluarga");
                attendance.replace(excused.id(), excused.version(), reserve.id());
                return;
            }
        }
    }

    /**
     * At Jakarta Utara the operator of the running shift is excused and the reserve operator (whose
     * account is petugas.jakut) stands in but has not signed in: the post is short (a gap on the
     * wall once the grace period is over) until he scans the post's QR code.
     */
    private void excuseTheRunningOperatorInJakartaUtara(
            PoskoTile post, List<OfficerInfo> team, LocalDate today, Instant now) {
        if (!"JAKUT".equals(post.code())) {
            return;
        }
        OfficerInfo reserve = team.stream()
                .filter(o -> o.reserve() && o.postRole() == PostRole.OPERATOR)
                .findFirst()
                .orElse(null);
        if (reserve == null) {
            return;
        }
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            for (AssignmentInfo a :
                    roster.week(post.id(), day.minusDays(day.getDayOfWeek().getValue() - 1L))) {
                if (a.day().equals(day)
                        && a.role() == PostRole.OPERATOR
                        && a.status() == AttendanceStatus.PLANNED
                        && !a.startsAt().isAfter(now)
                        && a.endsAt().isAfter(now)) {
                    AssignmentInfo excused = attendance.mark(a.id(), a.version(), AttendanceStatus.IZIN, "Sakit");
                    attendance.replace(excused.id(), excused.version(), reserve.id());
                    return;
                }
            }
        }
    }

    /** Each daily officer gets one place, on the first shift that needs his role. */
    private static List<Place> places(List<ShiftInfo> made, List<OfficerInfo> team, Map<Long, OfficerInfo> placeOf) {
        List<Place> places = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (ShiftInfo shift : made) {
            for (Map.Entry<PostRole, Integer> need : shift.requiredInOrder().entrySet()) {
                for (int i = 0; i < need.getValue(); i++) {
                    team.stream()
                            .filter(o -> !o.reserve()
                                    && o.active()
                                    && o.postRole() == need.getKey()
                                    && !used.contains(o.id()))
                            .findFirst()
                            .ifPresent(o -> {
                                used.add(o.id());
                                placeOf.put(o.id(), o);
                                places.add(new Place(shift, o, need.getKey()));
                            });
                }
            }
        }
        return places;
    }

    private void linkAccounts(Collection<PoskoTile> posts) {
        for (AccountInfo account : accounts.list()) {
            if (account.poskoId() == null || account.officerId() != null) {
                continue;
            }
            // The chief's account is the post's chief; the officer's account its reserve operator.
            boolean chief = account.username().startsWith("ketua.");
            PostRole wanted =
                    chief ? PostRole.KETUA : account.username().startsWith("petugas.") ? PostRole.OPERATOR : null;
            if (wanted == null) {
                continue;
            }
            officers.ofPost(account.poskoId()).stream()
                    .filter(o -> o.postRole() == wanted && o.reserve() != chief)
                    .findFirst()
                    .ifPresent(o -> accounts.linkOfficer(account.id(), o.id(), account.version()));
        }
    }

    private record Place(ShiftInfo shift, OfficerInfo officer, PostRole role) {}
}
