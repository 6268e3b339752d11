package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How long one coverage recomputation takes (every post of one day, from its shifts and roster),
 * for 7 posts / 3 shifts / 60 officers and for 50 posts / 3 shifts / 300 officers. A program that
 * prints numbers, not a test: run it with {@code bench/coverage.sh}.
 */
public final class CoverageBenchmark {

    private CoverageBenchmark() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        run(7, 60, rounds);
        run(50, 300, rounds);
        if (args.length > 1 && "db".equals(args[1])) {
            fromDatabase(Math.max(20, rounds / 10));
        }
    }

    /**
     * The same recomputation as the live path does it (shifts and roster read from the demo H2
     * database by {@link CoverageKeeper}, then computed), for the seven demo posts.
     */
    private static void fromDatabase(int rounds) {
        var app = new org.springframework.boot.SpringApplication(id.go.jakarta.deskpilkada.Application.class);
        try (var context = app.run(
                "--spring.profiles.active=test",
                "--logging.level.root=WARN",
                "--logging.level.id.go.jakarta.deskpilkada=WARN",
                "--server.port=0")) {
            CoverageKeeper keeper = context.getBean(CoverageKeeper.class);
            List<Long> posts = context.getBean(id.go.jakarta.deskpilkada.posko.PoskoService.class).tiles().stream()
                    .map(id.go.jakarta.deskpilkada.posko.PoskoTile::id)
                    .toList();
            for (int warm = 0; warm < rounds; warm++) {
                posts.forEach(keeper::compute);
            }
            long[] nanos = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                posts.forEach(keeper::compute);
                nanos[r] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "{\"posts\":%d,\"source\":\"H2 demo database via CoverageKeeper\",\"rounds\":%d,"
                            + "\"medianMicros\":%.1f,\"p95Micros\":%.1f,\"maxMicros\":%.1f}%n",
                    posts.size(),
                    rounds,
                    nanos[rounds / 2] / 1e3,
                    nanos[rounds * 95 / 100] / 1e3,
                    nanos[rounds - 1] / 1e3);
        }
    }

    private static void run(int posts, int officers, int rounds) {
        LocalDate today = LocalDate.of(2017, 2, 15);
        Instant now = today.atTime(LocalTime.of(15, 20)).atZone(Wib.ZONE).toInstant();
        Random random = new Random(posts);
        List<List<ShiftInfo>> shiftsByPost = new ArrayList<>();
        List<List<AssignmentInfo>> rosterByPost = new ArrayList<>();
        long ids = 1;
        int perPost = officers / posts;
        for (int p = 0; p < posts; p++) {
            List<ShiftInfo> shifts = new ArrayList<>();
            int[] starts = {7, 15, 23};
            int people = perPost + (p < officers % posts ? 1 : 0);
            for (int s = 0; s < 3; s++) {
                Map<PostRole, Integer> need = new EnumMap<>(PostRole.class);
                int onShift = people / 3 + (s < people % 3 ? 1 : 0);
                PostRole[] cycle = {PostRole.OPERATOR, PostRole.STAF, PostRole.PENGHUBUNG_FORKOPIMDA};
                for (int i = 0; i < onShift; i++) {
                    need.merge(cycle[i % cycle.length], 1, Integer::sum);
                }
                shifts.add(new ShiftInfo(
                        ids++,
                        p,
                        "S" + s,
                        LocalTime.of(starts[s], 0),
                        LocalTime.of((starts[s] + 8) % 24, 0),
                        s,
                        true,
                        Map.copyOf(need),
                        0));
            }
            List<AssignmentInfo> roster = new ArrayList<>();
            for (LocalDate day : List.of(today.minusDays(1), today)) {
                for (ShiftInfo shift : shifts) {
                    for (Map.Entry<PostRole, Integer> need : shift.required().entrySet()) {
                        for (int i = 0; i < need.getValue(); i++) {
                            AttendanceStatus status =
                                    random.nextInt(10) == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
                            roster.add(new AssignmentInfo(
                                    ids++,
                                    p,
                                    shift.id(),
                                    day,
                                    ids,
                                    need.getKey(),
                                    shift.startsAt(day),
                                    shift.endsAt(day),
                                    status,
                                    status.onDuty() ? shift.startsAt(day) : null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "bench",
                                    now,
                                    0));
                        }
                    }
                }
            }
            shiftsByPost.add(shifts);
            rosterByPost.add(roster);
        }
        CoverageCalculator calculator = new CoverageCalculator(Duration.ofMinutes(15));
        long entries = rosterByPost.stream().mapToLong(List::size).sum();
        int gaps = 0;
        for (int warm = 0; warm < rounds; warm++) {
            gaps = recompute(calculator, shiftsByPost, rosterByPost, today, now);
        }
        long[] nanos = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            gaps = recompute(calculator, shiftsByPost, rosterByPost, today, now);
            nanos[r] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "{\"posts\":%d,\"shiftsPerPost\":3,\"officers\":%d,\"rosterEntries\":%d,\"postsWithGap\":%d,"
                        + "\"rounds\":%d,\"medianMicros\":%.1f,\"p95Micros\":%.1f,\"maxMicros\":%.1f}%n",
                posts,
                officers,
                entries,
                gaps,
                rounds,
                nanos[rounds / 2] / 1e3,
                nanos[rounds * 95 / 100] / 1e3,
                nanos[rounds - 1] / 1e3);
    }

    private static int recompute(
            CoverageCalculator calculator,
            List<List<ShiftInfo>> shifts,
            List<List<AssignmentInfo>> roster,
            LocalDate today,
            Instant now) {
        int gaps = 0;
        for (int p = 0; p < shifts.size(); p++) {
            if (calculator.compute(p, shifts.get(p), roster.get(p), today, now).gap()) {
                gaps++;
            }
        }
        return gaps;
    }
}
