package id.go.jakarta.deskpilkada.demo.internal;

import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.OfficerLookup;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data set at start-up, through the services, as the system actor. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "desk.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** The password of every demo account (README lists the accounts). */
    static final String DEMO_PASSWORD = "Pilkada2017!";

    static final String ELECTION_CODE = "PILGUB-DKI-2017";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ElectionService elections;
    private final StaffService staff;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final PoskoService posko;
    private final DemoDuty duty;
    private final IssueService issues;
    private final DemoPostLife postLife;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoData(
            ElectionService elections,
            StaffService staff,
            AccountService accounts,
            PoskoService posko,
            ShiftService shifts,
            RosterService roster,
            AttendanceService attendance,
            OfficerLookup officers,
            IssueService issues,
            JournalService journal,
            MediaService media,
            ReportService reports,
            UserDetailsService users,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.issues = issues;
        this.clock = clock;
        this.users = users;
        this.postLife = new DemoPostLife(journal, media, reports, users);
        this.elections = elections;
        this.staff = staff;
        this.accounts = accounts;
        this.posko = posko;
        this.duty = new DemoDuty(shifts, roster, attendance, officers, accounts, clock);
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentActor.asSystem(() -> {
            load();
            return null;
        });
    }

    private void load() {
        log.warn("DEMO DATA IS ON: demo accounts with the published password from the README can sign in. "
                + "Never run a real post like this: set desk.demo.enabled=false (the postgres profile does).");
        if (!elections.exists(ELECTION_CODE)) {
            elections.create(new ElectionService.NewElection(
                    ELECTION_CODE,
                    "Pemilihan Gubernur dan Wakil Gubernur DKI Jakarta 2017",
                    "31",
                    false,
                    true,
                    stages2017()));
            log.info("Demo data: 2017 DKI election calendar loaded");
        }
        Map<String, PoskoTile> posts = posko.tiles().stream().collect(Collectors.toMap(PoskoTile::code, p -> p));
        if (staff.dailyOfficerCounts().isEmpty()) {
            List<OfficerInfo> officers = staff.register(new DemoOfficers(staff).forPosts(posts));
            log.info("Demo data: {} officers registered", officers.size());
        }
        // Each demo account by name (an ADMIN alone, e.g. from another node's start, is not the demo set).
        List<NewAccount> missing = demoAccounts(posts).stream()
                .filter(a -> !accountExists(a.username()))
                .toList();
        if (!missing.isEmpty()) {
            try {
                accounts.createAll(missing, DEMO_PASSWORD);
                log.info("Demo data: {} demo accounts created (password in README)", missing.size());
            } catch (DeskException | DataIntegrityViolationException e) {
                // Another node starting at the same moment created them first.
                log.info("Demo data: demo accounts created by another node");
            }
        }
        if (!duty.loaded()) {
            // One transaction: the roster of two weeks lands (and is relayed) at once.
            transaction.executeWithoutResult(status -> duty.load(posts.values().stream()
                    .sorted(java.util.Comparator.comparingInt(PoskoTile::sortOrder))
                    .toList()));
            log.info("Demo data: shifts, two weeks of roster and attendance loaded");
        }
        DemoIssues demoIssues = new DemoIssues(issues, staff);
        if (!demoIssues.loaded()) {
            demoIssues.load();
            log.info("Demo data: election issues in every state of the workflow loaded");
        }
        if (!postLife.loaded()) {
            postLife.load(posts);
            log.info("Demo data: journal entries at five posts and a published press statement loaded");
        }
        if (!postLife.reportsLoaded()) {
            postLife.loadReports(posts, clock.instant());
            log.info(
                    "Demo data: situation reports of the last hours submitted and accepted (Kepulauan Seribu has not reported)");
        }
    }

    private List<NewAccount> demoAccounts(Map<String, PoskoTile> posts) {
        List<NewAccount> list = new ArrayList<>();
        list.add(new NewAccount("admin", "Administrator Desk Pilkada", Role.ADMIN, null, null));
        list.add(new NewAccount("sekda", "Sekretaris Daerah Provinsi DKI Jakarta", Role.PIMPINAN, null, null));
        list.add(new NewAccount("asisten.pemerintahan", "Asisten Pemerintahan Sekda", Role.PIMPINAN, null, null));
        for (PoskoTile p : posts.values()) {
            String code = p.code().toLowerCase(java.util.Locale.ROOT);
            list.add(new NewAccount("ketua." + code, "Ketua " + p.name(), Role.KETUA_POSKO, p.id(), null));
            list.add(new NewAccount("petugas." + code, "Petugas " + p.name(), Role.PETUGAS, p.id(), null));
        }
        list.add(new NewAccount("polda", "Penghubung Polda Metro Jaya", Role.FORKOPIMDA, null, unitId("POLDA")));
        list.add(new NewAccount("kodam", "Penghubung Kodam Jaya", Role.FORKOPIMDA, null, unitId("KODAM")));
        list.add(new NewAccount("kejati", "Penghubung Kejati DKI", Role.FORKOPIMDA, null, unitId("KEJATI")));
        list.add(new NewAccount("bakesbangpol", "Humas Bakesbangpol DKI Jakarta", Role.BAKESBANGPOL, null, null));
        return list;
    }

    private long unitId(String code) {
        return staff.unitByCode(code)
                .orElseThrow(() -> new IllegalStateException("unit " + code))
                .id();
    }

    /** KPU DKI Jakarta's 2017 schedule, as revised. */
    static List<StageInfo> stages2017() {
        return List.of(
                stage(1, "Penyerahan dukungan calon perseorangan", "2016-08-03", "2016-08-07", false),
                stage(2, "Pendaftaran pasangan calon (partai politik)", "2016-09-21", "2016-09-23", false),
                stage(3, "Verifikasi pasangan calon", "2016-09-21", "2016-10-05", false),
                stage(4, "Penetapan pasangan calon", "2016-10-24", "2016-10-24", false),
                stage(5, "Pengundian nomor urut", "2016-10-25", "2016-10-25", false),
                stage(6, "Kampanye dan debat publik", "2016-10-28", "2017-02-11", false),
                stage(7, "Masa tenang dan pembersihan APK", "2017-02-12", "2017-02-14", false),
                stage(8, "Pemungutan dan penghitungan suara putaran 1", "2017-02-15", "2017-02-15", true),
                stage(9, "Rekapitulasi berjenjang putaran 1", "2017-02-16", "2017-02-27", false),
                stage(10, "Penetapan putaran 2 (dua pasangan)", "2017-03-04", "2017-03-04", false),
                stage(11, "Kampanye putaran 2", "2017-03-07", "2017-04-15", false),
                stage(12, "Masa tenang putaran 2", "2017-04-16", "2017-04-18", false),
                stage(13, "Pemungutan dan penghitungan suara putaran 2", "2017-04-19", "2017-04-19", true),
                stage(
                        14,
                        "Rekapitulasi berjenjang putaran 2 (kecamatan - provinsi)",
                        "2017-04-20",
                        "2017-05-01",
                        false),
                stage(15, "Penetapan pasangan calon terpilih", "2017-05-05", "2017-05-05", false),
                stage(16, "Pelantikan gubernur dan wakil gubernur", "2017-10-16", "2017-10-16", false));
    }

    private static StageInfo stage(int seq, String name, String from, String to, boolean voting) {
        return new StageInfo(seq, name, LocalDate.parse(from), LocalDate.parse(to), voting);
    }

    private boolean accountExists(String username) {
        try {
            users.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
