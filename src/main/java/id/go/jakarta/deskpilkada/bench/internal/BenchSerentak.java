package id.go.jakarta.deskpilkada.bench.internal;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionSetup;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahKind;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In the {@code bench} profile, when {@code desk.bench.serentak-file} is set: seeds the Pilkada
 * serentak scale of issue 18 on PostgreSQL for {@code bench/serentak.sh}. The desks of the 2024
 * set and their elections go through the ordinary services (as the system), so each desk is what
 * the setup console makes; the bulk rows (about 4,000 posts, 30,000 officers on the roster of
 * yesterday and today, and 100,000 issues) are written by set-based SQL, each with its desk's id, because a hundred
 * thousand service calls would take the run's hour. Then each desk gets a wall screen token, an
 * integration token and a camera through the services, and the tokens go to that file
 * (owner-readable only) for the load client. A desk that has its election already keeps it, and
 * bulk rows are added only where a desk or post lacks them.
 */
@Component
@Profile("bench")
@ConditionalOnProperty("desk.bench.serentak-file")
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class BenchSerentak implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchSerentak.class);
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Posts per desk besides its main one: the first regions below the desk's, by code. */
    private static final int POSTS_BELOW = 6;

    private static final int OFFICERS_PER_POST = 8;
    private static final int ISSUES = 100_000;

    private final DeskService desks;
    private final ElectionService elections;
    private final WilayahService wilayah;
    private final WallScreenService screens;
    private final IntegrationService integrations;
    private final DeviceService devices;
    private final JdbcClient jdbc;
    private final Path file;

    BenchSerentak(
            DeskService desks,
            ElectionService elections,
            WilayahService wilayah,
            WallScreenService screens,
            IntegrationService integrations,
            DeviceService devices,
            JdbcClient jdbc,
            @Value("${desk.bench.serentak-file}") Path file) {
        this.desks = desks;
        this.elections = elections;
        this.wilayah = wilayah;
        this.screens = screens;
        this.integrations = integrations;
        this.devices = devices;
        this.jdbc = jdbc;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        long t0 = System.nanoTime();
        List<DeskInfo> set = CurrentActor.asSystem(() -> {
            desks.openSerentak2024();
            return desks.all().stream()
                    .filter(DeskInfo::holdsElection)
                    // DKI Jakarta's desk last: the desk whose election is activated last is the
                    // working desk, as the one desk of the deployment before was.
                    .sorted(Comparator.comparing((DeskInfo d) -> "31".equals(d.code()))
                            .thenComparing(DeskInfo::code))
                    .toList();
        });
        int made = 0;
        for (DeskInfo desk : set) {
            if (hasElection(desk.id())) {
                continue;
            }
            CurrentActor.asSystem(() -> elections.setUp(electionOf(desk), true));
            made++;
        }
        long elected = System.nanoTime();
        log.warn("Bench serentak: {} desks, {} elections set up in {} s", set.size(), made, secs(t0, elected));
        List<Long> ids = set.stream().map(DeskInfo::id).toList();
        Map<String, Integer> rows = seedRows(ids);
        long seeded = System.nanoTime();
        log.warn("Bench serentak: rows {} in {} s", rows, secs(elected, seeded));
        String run = java.util.UUID.randomUUID().toString().substring(0, 6);
        StringBuilder lines = new StringBuilder();
        lines.append("desks=").append(set.size()).append('\n');
        Map<Long, Long> mainPost = jdbc
                .sql("select desk_id, min(id) from posko where desk_id = any(?) group by desk_id")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (int i = 0; i < set.size(); i++) {
            DeskInfo desk = set.get(i);
            Actor inDesk = Actor.SYSTEM.inDesk(desk.id());
            String entry = CurrentActor.as(inDesk, () -> {
                String screen =
                        screens.pair("Layar beban " + desk.code() + " " + run).token();
                String api =
                        integrations.issue("Beban " + desk.code() + " " + run).token();
                long camera = devices.register(new DeviceForm(
                                mainPost.get(desk.id()),
                                DeviceKind.CCTV,
                                "Kamera beban " + desk.code() + " " + run,
                                null,
                                null))
                        .id();
                return "screenToken=" + screen + "\napiToken=" + api + "\ndeviceId=" + camera + "\n";
            });
            String prefix = "desk." + i + ".";
            lines.append(prefix).append("code=").append(desk.code()).append('\n');
            lines.append(prefix).append("level=").append(desk.level()).append('\n');
            entry.lines().forEach(l -> lines.append(prefix).append(l).append('\n'));
        }
        rows.forEach(
                (k, v) -> lines.append("rows.").append(k).append('=').append(v).append('\n'));
        lines.append("seedSeconds=").append(secs(t0, System.nanoTime())).append('\n');
        SecretFile.write(file, lines.toString());
        log.warn(
                "Bench serentak: tokens of {} desks written to {} after {} s",
                set.size(),
                file.toAbsolutePath(),
                secs(t0, System.nanoTime()));
    }

    private boolean hasElection(long desk) {
        return jdbc.sql("select count(*) from election where desk_id = ?")
                        .param(desk)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private ElectionSetup electionOf(DeskInfo desk) {
        WilayahArea region = wilayah.find(desk.code()).orElseThrow();
        ElectionKind kind = switch (region.kind()) {
            case PROVINSI -> ElectionKind.GUBERNUR;
            case KOTA -> ElectionKind.WALIKOTA;
            default -> ElectionKind.BUPATI;
        };
        String office = switch (kind) {
            case GUBERNUR -> "Gubernur dan Wakil Gubernur";
            case WALIKOTA -> "Wali Kota dan Wakil Wali Kota";
            case BUPATI -> "Bupati dan Wakil Bupati";
        };
        if (region.kind() == WilayahKind.PROVINSI && kind != ElectionKind.GUBERNUR) {
            throw new IllegalStateException(desk.code());
        }
        return new ElectionSetup(
                "Pemilihan " + office + " " + region.shortName() + " (uji beban)",
                kind,
                region.code(),
                LocalDate.now(WIB),
                null);
    }

    /**
     * The bulk rows of the desks, by set-based SQL (PostgreSQL): what a desk lacks is added, so a
     * desk that has its posts (DKI Jakarta's seven) keeps them and gets the rest.
     */
    private Map<String, Integer> seedRows(List<Long> ids) {
        Long[] desk = ids.toArray(Long[]::new);
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        rows.put("units", jdbc.sql("""
                        insert into unit (code, name, short_name, kind, sort_order, desk_id)
                        select 'B' || d.id || '-' || k.n,
                               case k.n when 1 then 'Badan Kesbangpol ' else 'Kepolisian Resor ' end || w.name,
                               case k.n when 1 then 'Kesbangpol' else 'Polres' end,
                               case k.n when 1 then 'SKPD' else 'FORKOPIMDA' end, k.n, d.id
                        from desk d join wilayah w on w.code = d.region_code cross join (values (1), (2)) k (n)
                        where d.id = any(?) and not exists (select 1 from unit u where u.desk_id = d.id)
                        """).param(desk).update());
        rows.put("posts", jdbc.sql("""
                        insert into posko (code, name, level, wilayah_code, address, sort_order, alert_level, desk_id)
                        select 'B' || x.desk_id || '-' || x.rn,
                               'Posko ' || x.name,
                               case x.rn when 0 then 'PROVINSI' else 'WILAYAH' end,
                               x.code, 'Kantor ' || x.name, x.rn + 1,
                               case when (x.desk_id * 7 + x.rn * 13) % 100 < 2 then 'AWAS'
                                    when (x.desk_id * 7 + x.rn * 13) % 100 < 6 then 'SIAGA'
                                    when (x.desk_id * 7 + x.rn * 13) % 100 < 16 then 'WASPADA'
                                    else 'NORMAL' end,
                               x.desk_id
                        from (select d.id desk_id, w.code, w.name, 0 rn
                                from desk d join wilayah w on w.code = d.region_code where d.id = any(?)
                              union all
                              select * from (select d.id, c.code, c.name,
                                                    row_number() over (partition by d.id order by c.code) rn
                                               from desk d join wilayah c on c.parent_code = d.region_code
                                              where d.id = any(?)) below
                               where below.rn <= ?) x
                        where not exists (select 1 from posko p where p.desk_id = x.desk_id)
                        """).params(desk, desk, POSTS_BELOW).update());
        rows.put("shifts", jdbc.sql("""
                        insert into shift_template (posko_id, name, start_time, end_time, sort_order, desk_id)
                        select p.id, s.name, s.starts, s.ends, s.n, p.desk_id
                        from posko p cross join (values (1, 'Pagi', time '07:00', time '15:00'),
                                                        (2, 'Siang', time '15:00', time '23:00'),
                                                        (3, 'Malam', time '23:00', time '07:00')) s (n, name, starts, ends)
                        where p.desk_id = any(?) and not exists (select 1 from shift_template t where t.posko_id = p.id)
                        """).param(desk).update());
        rows.put("shiftNeeds", jdbc.sql("""
                        insert into shift_requirement (shift_id, post_role, headcount)
                        select t.id, r.role, 1
                        from shift_template t cross join (values ('OPERATOR'), ('STAF')) r (role)
                        where t.desk_id = any(?)
                          and not exists (select 1 from shift_requirement q where q.shift_id = t.id)
                        """).param(desk).update());
        rows.put("officers", jdbc.sql("""
                        insert into officer (nip, full_name, unit_id, post_role, home_posko_id, desk_id)
                        select '8' || lpad(p.id::text, 9, '0') || lpad(g.n::text, 2, '0'),
                               'Petugas ' || p.code || '-' || g.n,
                               (select min(u.id) from unit u where u.desk_id = p.desk_id),
                               case when g.n = 1 then 'KETUA' when g.n % 3 = 2 then 'OPERATOR' else 'STAF' end,
                               p.id, p.desk_id
                        from posko p cross join generate_series(1, ?) g (n)
                        where p.desk_id = any(?) and not exists (select 1 from officer o where o.home_posko_id = p.id)
                        """).params(OFFICERS_PER_POST, desk).update());
        // Yesterday's and today's roster in WIB (yesterday's night shift runs until 07:00): officer
        // n of a post on shift (n - 1) % 3; a shift that has begun is signed in at its start, except
        // about one officer in thirty (the coverage watch finds those late or absent: the gaps the
        // walls show).
        rows.put("roster", jdbc.sql("""
                        insert into duty_assignment (posko_id, shift_id, duty_date, officer_id, post_role, starts_at,
                                                     ends_at, status, signed_in_at, sign_in_method, changed_by,
                                                     changed_at, desk_id)
                        select y.posko_id, y.shift_id, y.on_day, y.officer_id, y.post_role, y.starts, y.ends,
                               case when y.starts <= now() and y.officer_id % 30 <> 0 then 'PRESENT' else 'PLANNED' end,
                               case when y.starts <= now() and y.officer_id % 30 <> 0 then y.starts end,
                               case when y.starts <= now() and y.officer_id % 30 <> 0 then 'KETUA' end,
                               'bench', now(), y.desk_id
                        from (select o.home_posko_id posko_id, t.id shift_id, d.on_day, o.id officer_id, o.post_role,
                                     (d.on_day + t.start_time) at time zone 'Asia/Jakarta' starts,
                                     (d.on_day + t.end_time + case when t.end_time <= t.start_time
                                                                then interval '1 day' else interval '0' end)
                                         at time zone 'Asia/Jakarta' ends,
                                     o.desk_id
                                from officer o
                                join shift_template t on t.posko_id = o.home_posko_id
                                 and t.sort_order = 1 + (right(o.nip, 2)::int - 1) % 3
                                cross join (select (now() at time zone 'Asia/Jakarta')::date - k on_day
                                              from generate_series(0, 1) k) d
                               where o.desk_id = any(?)
                                 and not exists (select 1 from duty_assignment a
                                                  where a.officer_id = o.id and a.duty_date = d.on_day)) y
                        """).param(desk).update());
        long posts = jdbc.sql("select count(*) from posko where desk_id = any(?)")
                .param(desk)
                .query(Long.class)
                .single();
        int perPost = (int) Math.max(1, Math.round(ISSUES / (double) posts));
        rows.put("issues", jdbc.sql("""
                        insert into issue (title, category_id, severity, severity_rank, status, wilayah_code, election_id,
                                           source, reporter, posko_id, rejection, reported_at, reported_day,
                                           referred_at, resolved_at, resolved_day, updated_at, desk_id)
                        select 'Laporan uji beban ' || p.code || '-' || z.n, z.category, z.severity,
                               array_position(array['RENDAH', 'SEDANG', 'TINGGI', 'KRITIS'], z.severity) - 1,
                               z.status, p.wilayah_code, e.id, 'POSKO', 'bench', p.id,
                               case z.status when 'DITOLAK' then 'DUPLIKAT' end,
                               z.reported, (z.reported at time zone 'Asia/Jakarta')::date,
                               case when z.status in ('DITANGANI', 'SELESAI') then z.reported + interval '30 minutes' end,
                               case z.status when 'SELESAI' then z.reported + interval '2 hours' end,
                               case z.status when 'SELESAI'
                                    then ((z.reported + interval '2 hours') at time zone 'Asia/Jakarta')::date end,
                               z.reported + case z.status when 'SELESAI' then interval '2 hours' else interval '0' end,
                               p.desk_id
                        from posko p
                        join election e on e.active_in_desk = p.desk_id
                        cross join lateral (select array_agg(c.id order by c.id) ids from issue_category c
                                            where c.desk_id = p.desk_id) cats
                        cross join lateral (
                            select g.n,
                                   cats.ids[1 + (g.n + p.id) % cardinality(cats.ids)] category,
                                   (array['RENDAH', 'RENDAH', 'RENDAH', 'RENDAH', 'SEDANG', 'SEDANG', 'SEDANG',
                                          'TINGGI', 'TINGGI', 'KRITIS'])[1 + (g.n * 7 + p.id) % 10] severity,
                                   case (g.n * 3 + p.id) % 20 when 0 then 'BARU' when 1 then 'TERVERIFIKASI'
                                        when 2 then 'DITANGANI' when 3 then 'DITOLAK' else 'SELESAI' end status,
                                   now() - interval '3 hours' - ((g.n * 337 + p.id * 11) % 43200) * interval '1 minute' reported
                              from generate_series(1, ?) g (n)) z
                        where p.desk_id = any(?) and not exists (select 1 from issue i where i.posko_id = p.id)
                        """).params(perPost, desk).update());
        return rows;
    }

    private static String secs(long from, long to) {
        return String.format(Locale.ROOT, "%.1f", (to - from) / 1e9);
    }
}
