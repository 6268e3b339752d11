package id.go.jakarta.deskpilkada.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.issues.internal.OverdueWatch;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitForm;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import id.go.jakarta.deskpilkada.staff.UnitKind;
import id.go.jakarta.deskpilkada.staff.UnitService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/** Election problems: filing, the workflow, scope per role, escalation, referral, races and history. */
@RecordApplicationEvents
public abstract class IssueServiceContract {

    static final String GAMBIR_KEL = "31.71.01.1001";
    static final String GAMBIR_KEC = "31.71.01";
    static final String JAKPUS = "31.71";
    static final String KELAPA_GADING_TIMUR = "31.72.06.1001";

    @Autowired
    protected IssueService issues;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected StaffService staff;

    @Autowired
    protected Messages messages;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected OverdueWatch overdue;

    @Autowired
    protected Clock clock;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected AttachmentService attachments;

    @Autowired
    protected CategoryService categorySetup;

    @Autowired
    protected UnitService unitSetup;

    @Autowired
    protected AuditService audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_post_chief_files_an_issue_at_a_kelurahan_and_the_place_owner_and_stage_follow_from_it() {
        SignIn.as(context, "ketua.jakpus");
        int openBefore = issues.counts().post(post("JAKPUS")).total();
        IssueInfo filed = issues.file(
                form("  Pembagian sembako oleh tim sukses  ", "POLITIK_UANG", Severity.TINGGI, GAMBIR_KEL), null);

        assertThat(filed.title()).isEqualTo("Pembagian sembako oleh tim sukses");
        assertThat(filed.status()).isEqualTo(IssueStatus.BARU);
        assertThat(filed.kecamatanCode()).isEqualTo(GAMBIR_KEC);
        assertThat(filed.wilayahCode()).isEqualTo(JAKPUS);
        assertThat(filed.poskoId()).isEqualTo(post("JAKPUS"));
        assertThat(filed.reporter())
                .isEqualTo(SignIn.as(context, "ketua.jakpus").actor().displayName());
        assertThat(issues.timeline(filed.id())).extracting(TimelineEntry::kind).containsExactly(TimelineKind.DIBUAT);
        assertThat(events.stream(IssueChanged.class).filter(e -> e.issueId() == filed.id() && e.byPost()))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> issues.counts().post(post("JAKPUS")).total() == openBefore + 1);
        assertThat(issues.counts().wilayah(JAKPUS).of(Severity.TINGGI)).isPositive();
    }

    @Test
    void an_issue_of_the_last_day_is_counted_at_its_kelurahan_and_no_longer_once_rejected() {
        SignIn.as(context, "ketua.jakpus");
        long before = recentAt(GAMBIR_KEL, true);
        IssueInfo filed =
                issues.file(form("Baliho roboh menutup jalan", "KAMPANYE_APK", Severity.SEDANG, GAMBIR_KEL), null);
        await().atMost(Duration.ofSeconds(5)).until(() -> recentAt(GAMBIR_KEL, true) == before + 1);
        assertThat(issues.counts().recent())
                .filteredOn(r -> r.place().equals(GAMBIR_KEL))
                .allMatch(r ->
                        !r.reportedAt().isBefore(issues.counts().computedAt().minus(IssueCounts.RECENT)));
        IssueInfo verified = issues.verify(filed.id(), filed.version());
        issues.reject(filed.id(), verified.version(), Rejection.HOAKS, "Foto lama");
        await().atMost(Duration.ofSeconds(5)).until(() -> recentAt(GAMBIR_KEL, true) == before);
        assertThat(issues.counts().recent()).noneMatch(r -> r.place().equals(GAMBIR_KEC));
    }

    private long recentAt(String place, boolean open) {
        return issues.counts().recent().stream()
                .filter(r -> r.place().equals(place) && r.open() == open)
                .count();
    }

    @Test
    void a_wilayah_chief_cannot_file_an_issue_in_another_wilayah_and_nothing_is_stored() {
        SignIn.as(context, "ketua.jakpus");
        long before = issues.count(IssueFilter.ALL);
        assertThatThrownBy(() ->
                        issues.file(form("Spanduk liar", "KAMPANYE_APK", Severity.RENDAH, KELAPA_GADING_TIMUR), null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(before);
    }

    @Test
    void a_desa_outside_the_desks_region_is_refused_though_the_tree_knows_it() {
        SignIn.as(context, "sekda");
        long before = issues.count(IssueFilter.ALL);
        // Kelurahan Braga, Kota Bandung: in the national tree, not in DKI Jakarta's desk.
        assertThatThrownBy(
                        () -> issues.file(form("Di luar wilayah", "LAINNYA", Severity.RENDAH, "32.73.19.1001"), null))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e))
                                .isEqualTo("Wilayah Kota Bandung bukan kabupaten/kota di wilayah desk ini."));
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(before);
        assertThat(issues.deskWilayah())
                .extracting(w -> w.code())
                .containsExactly("31.01", "31.71", "31.72", "31.73", "31.74", "31.75");
    }

    @Test
    void an_unknown_kelurahan_or_a_kecamatan_that_does_not_hold_it_is_refused_with_a_clear_message() {
        SignIn.as(context, "ketua.balaikota");
        long before = issues.count(IssueFilter.ALL);
        assertThatThrownBy(() -> issues.file(form("Judul", "LAINNYA", Severity.RENDAH, "31.71.99.9999"), null))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e))
                                .isEqualTo("Kelurahan/desa 31.71.99.9999 tidak ada dalam data wilayah."));
        IssueForm mismatch = new IssueForm(
                "Judul",
                null,
                category("LAINNYA"),
                Severity.RENDAH,
                null,
                "31.72.06",
                GAMBIR_KEL,
                null,
                null,
                IssueSource.POSKO,
                null);
        assertThatThrownBy(() -> issues.file(mismatch, null))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e)).isEqualTo("Gambir tidak terletak di Kelapa Gading."));
        IssueForm badTps = new IssueForm(
                "Judul",
                null,
                category("LAINNYA"),
                Severity.RENDAH,
                null,
                null,
                GAMBIR_KEL,
                "12a",
                null,
                IssueSource.POSKO,
                null);
        assertThatThrownBy(() -> issues.file(badTps, null)).isInstanceOf(DeskException.class);
        assertThat(issues.count(IssueFilter.ALL)).isEqualTo(before);
    }

    @Test
    void an_issue_goes_from_new_through_verified_and_referred_to_resolved_and_the_timeline_names_every_actor() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue = issues.file(
                form("Massa berkumpul di depan kantor KPU kota", "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        issue = issues.verify(issue.id(), issue.version());
        issue = issues.refer(issue.id(), issue.version(), unit("POLDA"), "Mohon pengamanan");
        assertThat(issue.status()).isEqualTo(IssueStatus.DITANGANI);
        assertThat(issue.assignedUnitId()).isEqualTo(unit("POLDA"));
        assertThat(issues.acknowledgeBy(issue)).isEqualTo(issue.referredAt().plus(Duration.ofMinutes(15)));

        SignIn.as(context, "polda");
        IssueFilter queue = IssueFilter.ALL.withOpenOnly(true);
        long issueId = issue.id();
        assertThat(issues.find(queue, 0, 50, org.springframework.data.domain.Sort.unsorted()))
                .extracting(IssueInfo::id)
                .contains(issueId);
        issues.acknowledge(issueId, "Diterima, regu dikirim");
        issues.reportAction(issueId, "Massa dibubarkan dengan damai pukul 14.10");
        assertThatThrownBy(() -> issues.acknowledge(issueId, null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThatThrownBy(() -> issues.resolve(issueId, issues.issue(issueId).version(), "selesai"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));

        SignIn.as(context, "ketua.jakpus");
        IssueInfo done = issues.resolve(issueId, issues.issue(issueId).version(), "Situasi kondusif");
        assertThat(done.status()).isEqualTo(IssueStatus.SELESAI);
        assertThat(done.resolvedAt()).isNotNull();
        List<TimelineEntry> timeline = issues.timeline(issueId);
        assertThat(timeline)
                .extracting(TimelineEntry::kind)
                .containsExactly(
                        TimelineKind.DIBUAT,
                        TimelineKind.STATUS,
                        TimelineKind.DIRUJUK,
                        TimelineKind.DITERIMA,
                        TimelineKind.TINDAKAN,
                        TimelineKind.STATUS);
        assertThat(timeline.get(3).actor()).isEqualTo("Penghubung Polda Metro Jaya");
        assertThat(timeline.get(2).text())
                .contains("Kepolisian Daerah Metro Jaya")
                .contains("Mohon pengamanan");
        assertThat(timeline.get(5).to()).isEqualTo(IssueStatus.SELESAI);
    }

    @Test
    void the_workflow_refuses_skipped_steps_missing_reasons_and_changes_to_a_closed_issue() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue = issues.file(form("Kotak suara rusak", "LOGISTIK", Severity.SEDANG, GAMBIR_KEL), null);
        long id = issue.id();
        long version = issue.version();
        assertThatThrownBy(() -> issues.resolve(id, version, "selesai"))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e)).isEqualTo("Status tidak dapat berpindah dari BARU ke SELESAI."));
        assertThatThrownBy(() -> issues.transition(id, version, IssueStatus.DITOLAK, null, null, null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID));
        IssueInfo verified = issues.verify(id, version);
        assertThatThrownBy(() -> issues.transition(id, verified.version(), IssueStatus.DITANGANI, null, null, null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.refer.unitRequired"));
        IssueInfo rejected =
                issues.reject(id, verified.version(), Rejection.DUPLIKAT, "Sama dengan laporan sebelumnya");
        assertThat(rejected.rejection()).isEqualTo(Rejection.DUPLIKAT);
        assertThatThrownBy(() -> issues.verify(id, rejected.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(issues.issue(id).status()).isEqualTo(IssueStatus.DITOLAK);
    }

    @Test
    void a_liaison_sees_only_what_is_referred_to_his_agency_and_cannot_handle_it() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue =
                issues.file(form("Ujaran kebencian di media sosial", "HOAKS", Severity.TINGGI, GAMBIR_KEL), null);
        long id = issue.id();
        SignIn.as(context, "kodam");
        assertThatThrownBy(() -> issues.issue(id))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
        assertThat(issues.find(IssueFilter.ALL, 0, 500, org.springframework.data.domain.Sort.unsorted()))
                .allMatch(i -> i.assignedUnitId() != null && i.assignedUnitId() == unit("KODAM"));

        SignIn.as(context, "ketua.jakpus");
        IssueInfo verified = issues.verify(id, issue.version());
        issues.refer(id, verified.version(), unit("POLDA"), null);
        SignIn.as(context, "kodam");
        assertThatThrownBy(() -> issues.comment(id, "ikut memantau"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
        SignIn.as(context, "polda");
        IssueInfo seen = issues.issue(id);
        assertThatThrownBy(() -> issues.reject(id, seen.version(), Rejection.HOAKS, null))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> issues.history(id))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    @Test
    void an_officer_files_from_his_phone_but_cannot_verify_and_another_wilayah_does_not_see_it() {
        SignIn.as(context, "petugas.jakpus");
        IssueInfo issue = issues.file(
                new IssueForm(
                        "APK di pohon",
                        "Spanduk paslon dipaku di pohon",
                        category("KAMPANYE_APK"),
                        Severity.RENDAH,
                        null,
                        null,
                        GAMBIR_KEL,
                        "12",
                        "Jl. Medan Merdeka Barat",
                        IssueSource.PETUGAS_LAPANGAN,
                        null),
                null);
        assertThat(issue.tps()).isEqualTo("12");
        assertThatThrownBy(() -> issues.verify(issue.id(), issue.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        issues.comment(issue.id(), "Foto menyusul");

        SignIn.as(context, "ketua.jakut");
        assertThatThrownBy(() -> issues.issue(issue.id())).isInstanceOf(DeskException.class);
        SignIn.as(context, "sekda");
        assertThat(issues.issue(issue.id()).id()).isEqualTo(issue.id());
        SignIn.as(context, "ketua.balaikota");
        assertThat(issues.timeline(issue.id()))
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineKind.DIBUAT, TimelineKind.KOMENTAR);
    }

    @Test
    void escalation_moves_an_issue_to_the_provincial_post_whose_chief_then_handles_it() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue = issues.file(form("Bentrok antar pendukung", "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        assertThatThrownBy(() -> issues.escalate(issue.id(), issue.version(), "  "))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID));
        IssueInfo up = issues.escalate(issue.id(), issue.version(), "Melibatkan dua wilayah");
        assertThat(up.poskoId()).isEqualTo(post("BALAIKOTA"));
        assertThat(up.escalated()).isTrue();
        assertThat(up.wilayahCode()).isEqualTo(JAKPUS);
        assertThatThrownBy(() -> issues.verify(up.id(), up.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(issues.issue(up.id()).title()).isEqualTo("Bentrok antar pendukung");

        SignIn.as(context, "ketua.balaikota");
        IssueInfo verified = issues.verify(up.id(), up.version());
        assertThat(verified.status()).isEqualTo(IssueStatus.TERVERIFIKASI);
        assertThatThrownBy(() -> issues.escalate(up.id(), verified.version(), "lagi"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(issues.timeline(up.id()))
                .filteredOn(t -> t.kind() == TimelineKind.ESKALASI)
                .extracting(TimelineEntry::text)
                .containsExactly("Melibatkan dua wilayah");
    }

    @Test
    void of_two_editors_of_one_version_the_first_save_wins_and_the_second_is_told_who_changed_it() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue = issues.file(form("Surat suara kurang", "LOGISTIK", Severity.SEDANG, GAMBIR_KEL), null);
        IssueInfo first = issues.edit(
                issue.id(),
                issue.version(),
                new IssueForm(
                        "Surat suara kurang 40 lembar",
                        null,
                        category("LOGISTIK"),
                        Severity.TINGGI,
                        null,
                        null,
                        GAMBIR_KEL,
                        "7",
                        null,
                        IssueSource.POSKO,
                        null));
        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> issues.edit(
                        issue.id(),
                        issue.version(),
                        form("Surat suara cukup", "LOGISTIK", Severity.RENDAH, GAMBIR_KEL)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(text(e))
                            .startsWith("Permasalahan ini baru saja diubah oleh Ketua Posko Jakarta Pusat pukul ");
                });
        IssueInfo now = issues.issue(issue.id());
        assertThat(now.title()).isEqualTo("Surat suara kurang 40 lembar");
        assertThat(now.severity()).isEqualTo(Severity.TINGGI);
        assertThat(now.version()).isEqualTo(first.version());
    }

    @Test
    void two_simultaneous_transitions_of_one_version_let_exactly_one_through() throws Exception {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue = issues.file(form("Pemilih tidak terdaftar di DPT", "DPT", Severity.SEDANG, GAMBIR_KEL), null);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var sekda = SignIn.as(context, "sekda");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<String>> racers = new ArrayList<>();
            racers.add(() -> race(start, auth, () -> issues.verify(issue.id(), issue.version())));
            var sekdaAuth =
                    org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                            sekda, null, sekda.getAuthorities());
            racers.add(() ->
                    race(start, sekdaAuth, () -> issues.reject(issue.id(), issue.version(), Rejection.DUPLIKAT, null)));
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> racer : racers) {
                results.add(pool.submit(racer));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce("ok");
            assertThat(outcomes).filteredOn(o -> !o.equals("ok")).allMatch(o -> o.equals("CONFLICT"));
        } finally {
            pool.shutdownNow();
        }
        SignIn.as(context, "ketua.jakpus");
        IssueInfo after = issues.issue(issue.id());
        assertThat(after.version()).isEqualTo(issue.version() + 1);
        assertThat(issues.timeline(issue.id()))
                .filteredOn(t -> t.kind() == TimelineKind.STATUS)
                .hasSize(1);
    }

    @Test
    void likely_duplicates_are_the_same_kelurahan_and_category_within_hours_or_a_similar_title() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo first = issues.file(
                form("Warga dijanjikan uang untuk memilih paslon", "POLITIK_UANG", Severity.TINGGI, GAMBIR_KEL), null);
        IssueInfo elsewhere = issues.file(
                form("Dugaan serangan fajar menjelang pencoblosan", "POLITIK_UANG", Severity.TINGGI, "31.71.06.1001"),
                null);
        List<IssueInfo> same =
                issues.likelyDuplicates(form("Bagi-bagi amplop", "POLITIK_UANG", Severity.SEDANG, GAMBIR_KEL));
        assertThat(same).extracting(IssueInfo::id).contains(first.id()).doesNotContain(elsewhere.id());
        List<IssueInfo> titled = issues.likelyDuplicates(
                form("Serangan fajar menjelang pencoblosan di Menteng", "LAINNYA", Severity.SEDANG, "31.71.06.1001"));
        assertThat(titled).extracting(IssueInfo::id).contains(elsewhere.id()).doesNotContain(first.id());
        assertThat(issues.likelyDuplicates(form("Banjir di lokasi TPS", "BENCANA", Severity.SEDANG, GAMBIR_KEL)))
                .extracting(IssueInfo::id)
                .doesNotContain(first.id(), elsewhere.id());
    }

    @Test
    void leadership_sees_every_revision_with_who_made_it_and_officers_do_not() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue =
                issues.file(form("Intimidasi terhadap saksi", "KAMTIBMAS", Severity.SEDANG, GAMBIR_KEL), null);
        IssueInfo edited = issues.edit(
                issue.id(),
                issue.version(),
                form("Intimidasi terhadap saksi di TPS 4", "KAMTIBMAS", Severity.TINGGI, GAMBIR_KEL));
        SignIn.as(context, "sekda");
        issues.verify(issue.id(), edited.version());
        List<IssueRevisionInfo> history = issues.history(issue.id());
        assertThat(history)
                .extracting(IssueRevisionInfo::username)
                .containsExactly("ketua.jakpus", "ketua.jakpus", "sekda");
        assertThat(history)
                .extracting(r -> r.state().title())
                .containsExactly(
                        "Intimidasi terhadap saksi",
                        "Intimidasi terhadap saksi di TPS 4",
                        "Intimidasi terhadap saksi di TPS 4");
        assertThat(history.get(2).state().status()).isEqualTo(IssueStatus.TERVERIFIKASI);
        SignIn.as(context, "petugas.jakpus");
        assertThatThrownBy(() -> issues.history(issue.id()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    @Test
    void a_referral_not_acknowledged_in_time_is_flagged_once_and_told_to_the_wall() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo issue =
                issues.file(form("Pengerahan massa ke kantor panwas", "KAMTIBMAS", Severity.KRITIS, GAMBIR_KEL), null);
        issue = issues.verify(issue.id(), issue.version());
        issue = issues.refer(issue.id(), issue.version(), unit("KODAM"), null);
        long id = issue.id();
        assertThat(overdue.flagOverdue(clock.instant().plus(Duration.ofMinutes(10))))
                .isZero();
        assertThat(overdue.flagOverdue(clock.instant().plus(Duration.ofMinutes(16))))
                .isPositive();
        assertThat(overdue.flagOverdue(clock.instant().plus(Duration.ofMinutes(17))))
                .isZero();
        assertThat(events.stream(IssueOverdue.class).filter(e -> e.issueId() == id))
                .hasSize(1);
        IssueInfo flagged = issues.issue(id);
        assertThat(flagged.overdue()).isTrue();
        assertThat(flagged.version()).as("flagging is not an edit").isEqualTo(issue.version());
        await().atMost(Duration.ofSeconds(5))
                .until(() -> issues.counts().post(post("JAKPUS")).overdue() > 0);

        SignIn.as(context, "kodam");
        assertThat(issues.acknowledge(id, null).overdue()).isFalse();
    }

    @Test
    void the_grid_filter_narrows_by_wilayah_status_severity_category_and_text_within_scope() {
        SignIn.as(context, "ketua.jakpus");
        IssueInfo match =
                issues.file(form("Logistik terlambat tiba zeta", "LOGISTIK", Severity.KRITIS, GAMBIR_KEL), null);
        issues.file(form("Logistik terlambat tiba zeta", "LOGISTIK", Severity.RENDAH, GAMBIR_KEL), null);
        IssueFilter filter = IssueFilter.ALL
                .withWilayah(GAMBIR_KEC)
                .withSeverities(java.util.Set.of(Severity.KRITIS))
                .withCategory(category("LOGISTIK"))
                .withText("ZETA terlambat")
                .withStatuses(java.util.Set.of(IssueStatus.BARU));
        assertThat(issues.find(filter, 0, 50, org.springframework.data.domain.Sort.unsorted()))
                .extracting(IssueInfo::id)
                .containsExactly(match.id());
        assertThat(issues.count(filter)).isEqualTo(1);
        assertThat(issues.count(IssueFilter.ALL.withText("#" + match.id()))).isEqualTo(1);
        assertThat(issues.count(IssueFilter.ALL.withText("100%_zeta"))).isZero();
        SignIn.as(context, "ketua.jakut");
        assertThat(issues.count(filter)).isZero();
    }

    @Test
    void a_photo_is_attached_under_a_safe_name_and_only_people_who_see_the_issue_can_read_it() {
        SignIn.as(context, "petugas.jakpus");
        IssueInfo issue = issues.file(form("Baliho roboh menutup jalan", "BENCANA", Severity.SEDANG, GAMBIR_KEL), null);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        AttachmentInfo photo = attachments.attach(issue.id(), "..\\..\\etc/<script>baliho roboh.exe", png);
        assertThat(photo.fileName()).isEqualTo("script_baliho roboh.png");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(attachments.content(photo.id()).bytes()).isEqualTo(png);
        assertThat(issues.timeline(issue.id())).extracting(TimelineEntry::kind).contains(TimelineKind.LAMPIRAN);

        byte[] html = "<html><script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> attachments.attach(issue.id(), "foto.jpg", html))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("attachment.type"));
        byte[] huge = new byte[(int) attachments.maxBytes() + 1];
        huge[0] = '%';
        huge[1] = 'P';
        huge[2] = 'D';
        huge[3] = 'F';
        huge[4] = '-';
        assertThatThrownBy(() -> attachments.attach(issue.id(), "besar.pdf", huge))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e)).isEqualTo("Berkas terlalu besar: paling besar 10 MB."));
        assertThat(attachments.attachments(issue.id()))
                .extracting(AttachmentInfo::id)
                .containsExactly(photo.id());

        SignIn.as(context, "ketua.jakut");
        assertThatThrownBy(() -> attachments.content(photo.id()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
    }

    private String race(CountDownLatch start, org.springframework.security.core.Authentication auth, Runnable change)
            throws InterruptedException {
        SecurityContextHolder.getContext().setAuthentication(auth);
        start.await();
        try {
            change.run();
            return "ok";
        } catch (DeskException e) {
            return e.kind().name();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    // ---- categories on the setup console

    @Test
    @Transactional
    void an_admin_adds_renames_and_reorders_categories_each_change_audited_and_announced() {
        SignIn.as(context, "admin");
        int last = issues.categories().getLast().sortOrder();

        CategoryInfo added = categorySetup.create(" pungli ", "  Pungutan   liar ");
        assertThat(added.code()).isEqualTo("PUNGLI");
        assertThat(added.name()).isEqualTo("Pungutan liar");
        assertThat(added.sortOrder()).isEqualTo(last + 1);
        assertThat(issues.categories().getLast()).isEqualTo(added);

        CategoryInfo renamed = categorySetup.rename(added.id(), added.version(), "Pungutan liar di TPS");
        CategoryInfo moved = categorySetup.move(renamed.id(), renamed.version(), -1);
        List<CategoryInfo> now = issues.categories();
        assertThat(now.get(now.size() - 2)).isEqualTo(moved);
        assertThat(moved.name()).isEqualTo("Pungutan liar di TPS");

        assertThat(audit.of("issue.category", "PUNGLI"))
                .extracting(AuditEntryInfo::action)
                .containsExactly("reordered", "updated", "created");
        assertThat(audit.of("issue.category", "PUNGLI").get(1).after()).isEqualTo("nama: Pungutan liar di TPS");
        assertThat(events.stream(CategoriesChanged.class).flatMap(e -> e.categoryIds().stream()))
                .contains(added.id());
    }

    @Test
    @Transactional
    void a_category_renamed_against_a_stale_version_is_refused_and_a_taken_name_or_code_too() {
        SignIn.as(context, "admin");
        CategoryInfo added = categorySetup.create("PUNGLI", "Pungutan liar");
        CategoryInfo renamed = categorySetup.rename(added.id(), added.version(), "Pungli di TPS");

        assertThatThrownBy(() -> categorySetup.rename(added.id(), added.version(), "Pungli"))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(text(e))
                            .isEqualTo("Kategori Pungli di TPS baru saja diubah orang lain. "
                                    + "Perubahan Anda tidak disimpan: muat ulang dan periksa lagi.");
                });
        assertThatThrownBy(() -> categorySetup.rename(renamed.id(), renamed.version(), "politik UANG"))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e))
                                .isEqualTo("Nama \"politik UANG\" sudah dipakai kategori POLITIK_UANG."));
        assertThatThrownBy(() -> categorySetup.create("hoaks", "Kabar bohong"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("categories.code.taken"));
        assertThatThrownBy(() -> categorySetup.create("X", "+SUM(A1)"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("categories.name.start"));
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> categorySetup.rename(renamed.id(), renamed.version(), "Pungli"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        SignIn.as(context, "admin");
        assertThat(issues.categories()).contains(renamed);
    }

    @Test
    @Transactional
    void a_retired_category_takes_no_new_issue_but_an_issue_filed_under_it_keeps_it_when_edited() {
        SignIn.as(context, "admin");
        CategoryInfo category = categorySetup.create("PUNGLI", "Pungutan liar");
        SignIn.as(context, "ketua.jakpus");
        IssueInfo filed = issues.file(form("Pungutan di TPS 12", "PUNGLI", Severity.SEDANG, GAMBIR_KEL), null);

        SignIn.as(context, "admin");
        CategoryInfo retired = categorySetup.retire(category.id(), category.version());
        assertThat(retired.active()).isFalse();
        assertThat(issues.categories()).contains(retired);

        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> issues.file(form("Pungutan lagi", "PUNGLI", Severity.SEDANG, GAMBIR_KEL), null))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e)).isEqualTo("Kategori Pungutan liar tidak dipakai lagi."));
        IssueInfo edited = issues.edit(
                filed.id(), filed.version(), form("Pungutan di TPS 12 Gambir", "PUNGLI", Severity.SEDANG, GAMBIR_KEL));
        assertThat(edited.categoryId()).isEqualTo(category.id());

        SignIn.as(context, "admin");
        CategoryInfo restored = categorySetup.restore(retired.id(), retired.version());
        assertThat(restored.active()).isTrue();
        assertThat(audit.of("issue.category", "PUNGLI"))
                .extracting(AuditEntryInfo::action)
                .containsExactly("restored", "retired", "created");
    }

    @Test
    @Transactional
    void a_retired_unit_takes_no_new_referral() {
        SignIn.as(context, "admin");
        UnitInfo unit = unitSetup.create(
                "BNNP", new UnitForm("Badan Narkotika Nasional Provinsi", "BNNP", UnitKind.FORKOPIMDA));
        unitSetup.retire(unit.id(), unit.version());
        SignIn.as(context, "ketua.jakpus");
        IssueInfo filed = issues.file(form("Peredaran narkoba di TPS", "LAINNYA", Severity.TINGGI, GAMBIR_KEL), null);
        IssueInfo verified = issues.verify(filed.id(), filed.version());

        assertThatThrownBy(() -> issues.refer(verified.id(), verified.version(), unit.id(), null))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(text(e))
                                .isEqualTo("Instansi BNNP sudah dipensiunkan dan tidak menerima rujukan baru."));
        assertThat(issues.issue(verified.id()).assignedUnitId()).isNull();
    }

    @Test
    @Transactional
    void the_last_active_category_is_never_retired() {
        SignIn.as(context, "admin");
        List<CategoryInfo> all =
                issues.categories().stream().filter(CategoryInfo::active).toList();
        all.subList(1, all.size()).forEach(c -> categorySetup.retire(c.id(), c.version()));
        CategoryInfo last = all.getFirst();

        assertThatThrownBy(() -> categorySetup.retire(last.id(), last.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("categories.lastActive"));
        String csv = "kode;aktif;nama\n" + last.code() + ";tidak;" + last.name() + "\n";
        ImportResult refused =
                categorySetup.importCategories(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.badRows())
                .extracting(ImportResult.BadRow::messageKey)
                .containsExactly("categories.import.noneActive");
        assertThat(issues.categories().getFirst().active()).isTrue();
    }

    @Test
    @Transactional
    void a_category_file_adds_and_updates_by_code_and_reads_its_own_export_back_unchanged() {
        SignIn.as(context, "admin");
        List<CategoryInfo> before = issues.categories();
        ImportResult same = categorySetup.importCategories(
                new ByteArrayInputStream(categorySetup.exportCategories(TableFormat.CSV)));
        assertThat(same).isEqualTo(ImportResult.applied(0, 0, before.size()));
        assertThat(issues.categories()).isEqualTo(before);

        String csv = "kode,nama,urutan,aktif\r\n"
                + "PUNGLI,Pungutan liar,,\r\n"
                + "HOAKS,Hoaks dan ujaran kebencian,1,\r\n"
                + "LOGISTIK,Logistik pemilihan,,TIDAK\r\n";
        ImportResult result =
                categorySetup.importCategories(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isEqualTo(ImportResult.applied(1, 2, 0));
        assertThat(issues.categories().getFirst().code()).isEqualTo("HOAKS");
        assertThat(issues.categories().getLast().code()).isEqualTo("PUNGLI");
        assertThat(issues.categories())
                .filteredOn(c -> c.code().equals("LOGISTIK"))
                .singleElement()
                .satisfies(c -> assertThat(c.active()).isFalse());
        assertThat(audit.of("issue.category", "HOAKS"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo("imported"));
    }

    @Test
    @Transactional
    void a_category_file_with_bad_rows_names_each_by_line_and_changes_nothing() {
        SignIn.as(context, "admin");
        List<CategoryInfo> before = issues.categories();
        String csv = "kode;nama;urutan;aktif\n"
                + "PUNGLI;Pungutan liar;;\n"
                + "PUNGLI;Pungli lagi;;\n"
                + "ASN;Netralitas ASN;;\n"
                + "SARA;;;\n"
                + "CUACA;Cuaca buruk;0;\n"
                + "KAMPANYE APK;Pelanggaran kampanye dan APK;4;ya\n";

        ImportResult result =
                categorySetup.importCategories(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.badRows()).extracting(ImportResult.BadRow::line).containsExactly(3, 4, 5, 6);
        assertThat(result.badRows())
                .extracting(r -> messages.get(r.messageKey(), r.argArray()))
                .containsExactly(
                        "Kode PUNGLI sudah muncul di baris 2.",
                        "Nama \"Netralitas ASN\" sudah dipakai kategori NETRALITAS_ASN.",
                        "Kolom nama wajib diisi.",
                        "Kolom urutan harus berisi bilangan bulat 1 sampai 9999, bukan \"0\".");
        assertThat(issues.categories()).isEqualTo(before);
        assertThat(events.stream(CategoriesChanged.class)).isEmpty();
    }

    protected IssueForm form(String title, String categoryCode, Severity severity, String kelurahan) {
        return new IssueForm(
                title,
                null,
                category(categoryCode),
                severity,
                null,
                null,
                kelurahan,
                null,
                null,
                IssueSource.POSKO,
                null);
    }

    protected long category(String code) {
        return issues.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    protected long unit(String code) {
        return staff.unitByCode(code).orElseThrow().id();
    }

    protected long post(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .map(PoskoTile::id)
                .orElseThrow();
    }

    private String text(DeskException e) {
        return messages.getTranslation(e.messageKey(), Locale.forLanguageTag("id"), e.args());
    }
}
