package id.go.jakarta.deskpilkada.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** One-door media statements: drafting, versions, review by Bakesbangpol only, immutability, scope and races. */
@RecordApplicationEvents
public abstract class MediaServiceContract {

    static final String GAMBIR_KEL = "31.71.01.1001";

    @Autowired
    protected MediaService media;

    @Autowired
    protected IssueService issues;

    @Autowired
    protected Messages messages;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_officer_drafts_a_statement_about_an_issue_of_his_wilayah_and_it_is_kept_as_version_one() {
        IssueInfo issue = jakpusIssue("Warga menolak pemasangan APK di Gambir");
        SignIn.as(context, "petugas.jakpus");
        StatementInfo draft = media.create(new StatementForm(
                "  Situasi kondusif di Gambir ",
                "Pemprov DKI memastikan situasi di Gambir kondusif.",
                List.of(issue.id(), issue.id())));

        assertThat(draft.status()).isEqualTo(MediaStatus.DRAFT);
        assertThat(draft.title()).isEqualTo("Situasi kondusif di Gambir");
        assertThat(draft.relatedIssueIds()).containsExactly(issue.id());
        assertThat(draft.contentVersion()).isEqualTo(1);
        assertThat(media.versions(draft.id()))
                .extracting(StatementVersionInfo::number)
                .containsExactly(1);
        assertThat(events.stream(MediaStatementChanged.class).filter(e -> e.statementId() == draft.id()))
                .hasSize(1);
        SignIn.as(context, "ketua.jakpus");
        assertThat(media.drafts()).extracting(StatementInfo::id).contains(draft.id());
        SignIn.as(context, "ketua.jakut");
        assertThat(media.drafts()).extracting(StatementInfo::id).doesNotContain(draft.id());
        assertThatThrownBy(() -> media.statement(draft.id()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
    }

    @Test
    void every_save_of_the_title_or_text_is_a_new_version_and_the_history_keeps_them_all() {
        SignIn.as(context, "ketua.jaksel");
        StatementInfo draft = media.create(form("Rekapitulasi berjalan lancar", "Versi pertama."));
        StatementInfo second =
                media.save(draft.id(), draft.version(), form("Rekapitulasi berjalan lancar", "Versi kedua."));
        StatementInfo third = media.save(
                second.id(), second.version(), form("Rekapitulasi di Jakarta Selatan lancar", "Versi kedua."));
        StatementInfo unchanged =
                media.save(third.id(), third.version(), form("Rekapitulasi di Jakarta Selatan lancar", "Versi kedua."));

        assertThat(unchanged.contentVersion()).isEqualTo(3);
        List<StatementVersionInfo> history = media.versions(draft.id());
        assertThat(history).extracting(StatementVersionInfo::number).containsExactly(3, 2, 1);
        assertThat(history)
                .extracting(StatementVersionInfo::text)
                .containsExactly("Versi kedua.", "Versi kedua.", "Versi pertama.");
        assertThat(history.getFirst().title()).isEqualTo("Rekapitulasi di Jakarta Selatan lancar");
        assertThat(history).allSatisfy(v -> assertThat(v.savedBy()).isEqualTo(draft.author()));
    }

    @Test
    void publishing_approving_and_returning_are_refused_at_the_service_for_every_role_but_bakesbangpol() {
        SignIn.as(context, "ketua.jakbar");
        StatementInfo draft = media.create(form("Distribusi logistik tepat waktu", "Logistik tiba di semua TPS."));
        StatementInfo submitted = media.submit(draft.id(), draft.version());
        Long latestBefore = media.latestPublished().map(WallStatement::id).orElse(null);

        for (Role role : Role.values()) {
            if (role == Role.BAKESBANGPOL) {
                continue;
            }
            signInAs(role);
            assertThatThrownBy(() -> media.publish(submitted.id(), submitted.version()))
                    .as(role.name())
                    .isInstanceOfSatisfying(DeskException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN);
                        assertThat(e.messageKey()).isEqualTo("media.review.forbidden");
                    });
            assertThatThrownBy(() -> media.approve(submitted.id(), submitted.version()))
                    .as(role.name())
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
            assertThatThrownBy(() -> media.sendBack(submitted.id(), submitted.version(), "Tidak"))
                    .as(role.name())
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
            assertThatThrownBy(() -> media.reviewQueue()).as(role.name()).isInstanceOf(DeskException.class);
        }

        SignIn.as(context, "bakesbangpol");
        StatementInfo still = media.statement(submitted.id());
        assertThat(still.status()).isEqualTo(MediaStatus.SUBMITTED);
        assertThat(still.version()).isEqualTo(submitted.version());
        SignIn.out();
        assertThat(media.latestPublished().map(WallStatement::id).orElse(null)).isEqualTo(latestBefore);
    }

    @Test
    void
            bakesbangpol_returns_a_draft_with_a_note_the_drafters_revise_and_resubmit_and_bakesbangpol_approves_and_publishes() {
        SignIn.as(context, "ketua.jaktim");
        StatementInfo draft = media.create(form("Unjuk rasa di KPU Jakarta Timur", "Massa sudah membubarkan diri."));
        StatementInfo submitted = media.submit(draft.id(), draft.version());
        assertThatThrownBy(() -> media.save(submitted.id(), submitted.version(), form("Ubah", "Ubah")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("media.edit.notNow"));

        SignIn.as(context, "bakesbangpol");
        assertThat(media.reviewQueue()).extracting(StatementInfo::id).contains(submitted.id());
        assertThatThrownBy(() -> media.sendBack(submitted.id(), submitted.version(), "  "))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("media.return.noteRequired"));
        StatementInfo returned = media.sendBack(submitted.id(), submitted.version(), "Sebutkan jumlah aparat.");
        assertThat(returned.status()).isEqualTo(MediaStatus.RETURNED);
        assertThat(returned.returnNote()).isEqualTo("Sebutkan jumlah aparat.");
        assertThat(media.reviewQueue()).extracting(StatementInfo::id).doesNotContain(submitted.id());

        SignIn.as(context, "petugas.jaktim");
        StatementInfo revised = media.save(
                returned.id(),
                returned.version(),
                form("Unjuk rasa di KPU Jakarta Timur", "Massa sudah membubarkan diri; 200 aparat berjaga."));
        StatementInfo again = media.submit(revised.id(), revised.version());

        SignIn.as(context, "bakesbangpol");
        StatementInfo approved = media.approve(again.id(), again.version());
        assertThat(approved.status()).isEqualTo(MediaStatus.APPROVED);
        StatementInfo published = media.publish(approved.id(), approved.version());
        assertThat(published.status()).isEqualTo(MediaStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.publishedBy())
                .isEqualTo(SignIn.as(context, "bakesbangpol").actor().displayName());
        assertThat(events.stream(MediaStatementChanged.class)
                        .filter(e -> e.statementId() == published.id() && e.published()))
                .hasSize(1);
    }

    @Test
    void a_published_statement_is_immutable_and_a_correction_is_a_new_statement_that_supersedes_it() {
        StatementInfo original = published("Hasil hitung cepat bukan hasil resmi", "Hasil resmi ditetapkan KPU DKI.");

        SignIn.as(context, "ketua.balaikota");
        assertThatThrownBy(() -> media.save(original.id(), original.version(), form("Diubah", "Diubah")))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("media.published.immutable");
                });
        assertThatThrownBy(() -> media.submit(original.id(), original.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("media.published.immutable"));
        SignIn.as(context, "bakesbangpol");
        assertThatThrownBy(() -> media.sendBack(original.id(), original.version(), "Tarik"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("media.published.immutable"));
        assertThat(media.versions(original.id())).hasSize(1);

        SignIn.as(context, "ketua.balaikota");
        StatementInfo correction = media.correct(
                original.id(),
                form(
                        "Hasil hitung cepat bukan hasil resmi (koreksi)",
                        "Hasil resmi ditetapkan KPU Provinsi DKI Jakarta dalam rapat pleno."));
        assertThat(correction.status()).isEqualTo(MediaStatus.DRAFT);
        assertThat(correction.supersedesId()).isEqualTo(original.id());
        StatementInfo submitted = media.submit(correction.id(), correction.version());
        SignIn.as(context, "bakesbangpol");
        StatementInfo out = media.publish(submitted.id(), submitted.version());

        StatementInfo before = media.statement(original.id());
        assertThat(before.title()).isEqualTo("Hasil hitung cepat bukan hasil resmi");
        assertThat(before.text()).isEqualTo("Hasil resmi ditetapkan KPU DKI.");
        assertThat(before.version()).isEqualTo(original.version());
        assertThat(before.supersededById()).isEqualTo(out.id());
        List<StatementInfo> register = media.published();
        assertThat(register).extracting(StatementInfo::id).containsSubsequence(out.id(), original.id());
        assertThat(register.stream()
                        .filter(s -> s.id() == original.id())
                        .findFirst()
                        .orElseThrow()
                        .superseded())
                .isTrue();
        assertThat(register.stream()
                        .filter(s -> s.id() == out.id())
                        .findFirst()
                        .orElseThrow()
                        .superseded())
                .isFalse();
        assertThat(events.stream(MediaStatementChanged.class).filter(e -> e.statementId() == out.id() && e.published()))
                .singleElement()
                .satisfies(e -> assertThat(e.supersededId()).isEqualTo(original.id()));
        assertThatThrownBy(() -> media.correct(original.id(), form("Koreksi kedua", "Lagi.")))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("media.correct.alreadySuperseded"));
    }

    @Test
    void of_two_corrections_written_at_once_only_the_first_published_supersedes_the_statement() {
        StatementInfo original = published("Jadwal rekapitulasi tingkat kota", "Rekapitulasi dimulai pukul 09.00.");
        SignIn.as(context, "ketua.balaikota");
        StatementInfo first =
                media.correct(original.id(), form("Jadwal rekapitulasi (koreksi)", "Dimulai pukul 10.00."));
        StatementInfo second =
                media.correct(original.id(), form("Jadwal rekapitulasi (ralat)", "Dimulai pukul 10.30."));
        StatementInfo firstSubmitted = media.submit(first.id(), first.version());
        StatementInfo secondSubmitted = media.submit(second.id(), second.version());

        SignIn.as(context, "bakesbangpol");
        StatementInfo out = media.publish(firstSubmitted.id(), firstSubmitted.version());
        assertThatThrownBy(() -> media.publish(secondSubmitted.id(), secondSubmitted.version()))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("media.correct.alreadySuperseded"));
        assertThat(media.statement(secondSubmitted.id()).status()).isEqualTo(MediaStatus.SUBMITTED);
        assertThat(media.statement(original.id()).supersededById()).isEqualTo(out.id());
    }

    @Test
    void a_related_issue_outside_the_drafters_scope_is_refused_like_an_unknown_one_and_nothing_is_stored() {
        IssueInfo jakpus = jakpusIssue("Spanduk provokatif di Gambir");
        SignIn.as(context, "ketua.jakut");
        int before = media.drafts().size();
        assertThatThrownBy(() -> media.create(new StatementForm("Spanduk", "Teks.", List.of(jakpus.id()))))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(text(e))
                            .isEqualTo("Permasalahan #" + jakpus.id() + " tidak ada atau di luar cakupan Anda.");
                });
        assertThatThrownBy(() -> media.create(new StatementForm("Spanduk", "Teks.", List.of(987_654_321L))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("media.issue.unknown"));
        assertThat(media.drafts()).hasSize(before);

        StatementInfo draft = media.create(form("Spanduk di Jakarta Utara", "Teks."));
        assertThatThrownBy(() -> media.save(
                        draft.id(),
                        draft.version(),
                        new StatementForm("Spanduk di Jakarta Utara", "Teks baru.", List.of(jakpus.id()))))
                .isInstanceOf(DeskException.class);
        assertThat(media.statement(draft.id()).relatedIssueIds()).isEmpty();
        assertThat(media.versions(draft.id())).hasSize(1);
    }

    @Test
    void the_second_of_two_editors_is_told_who_changed_the_draft_and_nothing_saved_is_lost() {
        DeskUser chief = SignIn.as(context, "ketua.kepseribu");
        StatementInfo draft = media.create(form("Distribusi logistik ke pulau", "Kapal berangkat pukul 06.00."));
        StatementInfo seenByBoth = media.statement(draft.id());

        StatementInfo first = media.save(
                seenByBoth.id(),
                seenByBoth.version(),
                form("Distribusi logistik ke pulau", "Kapal berangkat pukul 06.00 dari Muara Angke."));
        SignIn.as(context, "petugas.kepseribu");
        assertThatThrownBy(() -> media.save(
                        seenByBoth.id(),
                        seenByBoth.version(),
                        form("Distribusi logistik ke pulau", "Kapal berangkat pukul 07.00.")))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("media.stale");
                    assertThat(e.args()[0]).isEqualTo(chief.actor().displayName());
                });
        assertThatThrownBy(() -> media.submit(seenByBoth.id(), seenByBoth.version()))
                .isInstanceOf(DeskException.class);

        StatementInfo now = media.statement(draft.id());
        assertThat(now.text()).isEqualTo("Kapal berangkat pukul 06.00 dari Muara Angke.");
        assertThat(now.version()).isEqualTo(first.version());
        media.save(now.id(), now.version(), form("Distribusi logistik ke pulau", "Kapal berangkat pukul 07.00."));
        assertThat(media.versions(draft.id()))
                .extracting(StatementVersionInfo::text)
                .containsExactly(
                        "Kapal berangkat pukul 07.00.",
                        "Kapal berangkat pukul 06.00 dari Muara Angke.",
                        "Kapal berangkat pukul 06.00.");
    }

    @Test
    void the_wall_reads_the_latest_published_statement_without_a_signed_in_person_and_with_a_short_excerpt() {
        String longText = "Pemerintah Provinsi DKI Jakarta mengimbau warga menjaga ketertiban. ".repeat(10);
        StatementInfo out = published("Imbauan menjaga ketertiban", longText);
        SignIn.out();

        WallStatement wall = media.latestPublished().orElseThrow();
        assertThat(wall.id()).isEqualTo(out.id());
        assertThat(wall.title()).isEqualTo("Imbauan menjaga ketertiban");
        assertThat(wall.publishedAt()).isEqualTo(out.publishedAt());
        assertThat(wall.excerpt())
                .hasSizeLessThanOrEqualTo(MediaService.EXCERPT)
                .endsWith("\u2026")
                .startsWith("Pemerintah Provinsi DKI Jakarta mengimbau")
                .doesNotContain("  ");
        assertThat(WallStatement.PUBLISHER).isEqualTo("Bakesbangpol");
        assertThat(MediaService.excerpt("Singkat  saja.\n")).isEqualTo("Singkat saja.");
        assertThatThrownBy(() -> media.published()).isInstanceOf(DeskException.class);
    }

    @Test
    void a_forkopimda_liaison_reads_the_register_but_cannot_draft() {
        StatementInfo out = published("Pengamanan TPS oleh aparat gabungan", "Aparat gabungan berjaga di TPS rawan.");
        SignIn.as(context, "polda");
        assertThat(media.published()).extracting(StatementInfo::id).contains(out.id());
        assertThat(media.statement(out.id()).publishedBy()).isNotBlank();
        assertThat(media.mayDraft()).isFalse();
        assertThatThrownBy(() -> media.create(form("Judul", "Teks")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** Drafted at Balai Kota, submitted, and published by Bakesbangpol; the caller is signed out. */
    protected StatementInfo published(String title, String text) {
        SignIn.as(context, "ketua.balaikota");
        StatementInfo draft = media.create(form(title, text));
        StatementInfo submitted = media.submit(draft.id(), draft.version());
        SignIn.as(context, "bakesbangpol");
        StatementInfo out = media.publish(submitted.id(), submitted.version());
        SignIn.out();
        return out;
    }

    protected IssueInfo jakpusIssue(String title) {
        SignIn.as(context, "ketua.jakpus");
        long category = issues.categories().stream()
                .filter(c -> c.code().equals("LAINNYA"))
                .findFirst()
                .orElseThrow()
                .id();
        IssueInfo issue = issues.file(
                new IssueForm(
                        title,
                        null,
                        category,
                        Severity.RENDAH,
                        null,
                        null,
                        GAMBIR_KEL,
                        null,
                        null,
                        IssueSource.POSKO,
                        null),
                null);
        SignIn.out();
        return issue;
    }

    protected static StatementForm form(String title, String text) {
        return new StatementForm(title, text, List.of());
    }

    /** A demo account of the role, or (for wall screens and integrations, which have none) a made-up principal. */
    protected void signInAs(Role role) {
        switch (role) {
            case PIMPINAN -> SignIn.as(context, "sekda");
            case KETUA_POSKO -> SignIn.as(context, "ketua.balaikota");
            case PETUGAS -> SignIn.as(context, "petugas.balaikota");
            case FORKOPIMDA -> SignIn.as(context, "polda");
            case BAKESBANGPOL -> SignIn.as(context, "bakesbangpol");
            case ADMIN -> SignIn.as(context, "admin");
            case LAYAR, INTEGRASI -> {
                DeskUser user = new DeskUser(
                        new Actor(
                                role.name().toLowerCase(Locale.ROOT) + ".uji",
                                role.name(),
                                role,
                                null,
                                null,
                                null,
                                false,
                                null),
                        "{noop}-",
                        true,
                        false);
                SecurityContextHolder.getContext()
                        .setAuthentication(
                                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            }
        }
    }

    private String text(DeskException e) {
        return messages.getTranslation(e.messageKey(), Locale.forLanguageTag("id"), e.args());
    }
}
