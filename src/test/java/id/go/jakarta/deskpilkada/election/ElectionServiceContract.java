package id.go.jakarta.deskpilkada.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Elections and their stage calendar. */
public abstract class ElectionServiceContract {

    @Autowired
    protected ElectionService elections;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected id.go.jakarta.deskpilkada.audit.AuditService audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_demo_election_is_the_2017_dki_calendar_in_order() {
        ElectionInfo active = elections.active().orElseThrow();
        assertThat(active.code()).isEqualTo("PILGUB-DKI-2017");
        assertThat(active.stages()).hasSize(16);
        assertThat(active.stages()).extracting(StageInfo::seq).isSorted();
        assertThat(active.stages())
                .filteredOn(StageInfo::votingDay)
                .extracting(StageInfo::startsOn)
                .containsExactly(LocalDate.of(2017, 2, 15), LocalDate.of(2017, 4, 19));
    }

    @Test
    void the_stage_of_a_day_and_the_next_voting_day_follow_the_calendar() {
        ElectionInfo e = elections.active().orElseThrow();
        assertThat(e.stageOn(LocalDate.of(2017, 2, 13)).orElseThrow().name()).startsWith("Masa tenang");
        assertThat(e.stageOn(LocalDate.of(2017, 2, 15)).orElseThrow().votingDay())
                .isTrue();
        assertThat(e.stageOn(LocalDate.of(2017, 3, 1))).isEmpty();
        assertThat(e.nextVotingDay(LocalDate.of(2017, 3, 1)).orElseThrow().startsOn())
                .isEqualTo(LocalDate.of(2017, 4, 19));
        assertThat(e.nextVotingDay(LocalDate.of(2017, 4, 20))).isEmpty();
    }

    @Test
    void stages_out_of_order_are_refused() {
        List<StageInfo> stages = List.of(
                new StageInfo(1, "Kampanye", LocalDate.of(2029, 3, 1), LocalDate.of(2029, 3, 20), false),
                new StageInfo(2, "Pendaftaran", LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 5), false));
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> elections.create(
                        new ElectionService.NewElection("UJI-" + System.nanoTime(), "Uji", "31", true, false, stages))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("election.stage.order"));
    }

    @Test
    void only_an_admin_sets_up_an_election() {
        SignIn.as(context, "sekda");
        assertThatThrownBy(() ->
                        elections.create(new ElectionService.NewElection("UJI", "Uji", "31", true, false, List.of())))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    private static final LocalDate JABAR_2018 = LocalDate.of(2018, 6, 27);

    private ElectionInfo westJava(String name) {
        return elections.setUp(
                new ElectionSetup(name + " " + System.nanoTime(), ElectionKind.GUBERNUR, "32", JABAR_2018, null),
                false);
    }

    @Test
    void a_new_election_starts_from_the_kpu_template_placed_around_its_voting_day() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Pemilihan Gubernur Jawa Barat 2018");

        assertThat(e.code()).startsWith("PILGUB-32-2018");
        assertThat(e.kind()).isEqualTo(ElectionKind.GUBERNUR);
        assertThat(e.regionCode()).isEqualTo("32");
        assertThat(e.votingDay()).isEqualTo(JABAR_2018);
        assertThat(e.active()).isFalse();
        assertThat(e.calendarVersion()).isEqualTo(1);
        assertThat(e.stages()).extracting(StageInfo::seq).doesNotHaveDuplicates();
        assertThat(e.stages()).extracting(StageInfo::startsOn).isSorted();
        assertThat(e.stages())
                .filteredOn(StageInfo::votingDay)
                .singleElement()
                .satisfies(s -> assertThat(s.startsOn()).isEqualTo(JABAR_2018));
        assertThat(e.stageOn(LocalDate.of(2018, 6, 25)).orElseThrow().name()).isEqualTo("Masa tenang");
        assertThat(e.stageOn(LocalDate.of(2018, 6, 23)).orElseThrow().name()).isEqualTo("Kampanye");
        assertThat(e.stages().getLast().name()).isEqualTo("Pelantikan gubernur dan wakil gubernur");
        assertThat(elections.calendarHistory(e.id())).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.savedBy()).isEqualTo("admin");
            assertThat(v.stages()).isEqualTo(e.stages());
        });
    }

    @Test
    void a_second_round_adds_its_campaign_quiet_days_voting_and_recapitulation_and_later_stages_follow_it() {
        SignIn.as(context, "admin");
        LocalDate second = LocalDate.of(2030, 4, 19);
        ElectionInfo e = elections.setUp(
                new ElectionSetup(
                        "Dua putaran " + System.nanoTime(),
                        ElectionKind.GUBERNUR,
                        "31",
                        LocalDate.of(2030, 2, 15),
                        second),
                false);

        assertThat(e.stages())
                .filteredOn(StageInfo::votingDay)
                .extracting(StageInfo::startsOn)
                .containsExactly(LocalDate.of(2030, 2, 15), second);
        assertThat(e.stageOn(second.minusDays(2)).orElseThrow().name()).isEqualTo("Masa tenang putaran 2");
        assertThat(e.stageOn(second.minusDays(10)).orElseThrow().name()).isEqualTo("Kampanye putaran 2");
        assertThat(e.stages().getLast().startsOn()).isEqualTo(second.plusDays(75));
        assertThat(e.stages()).extracting(StageInfo::startsOn).isSorted();
    }

    @Test
    void the_region_must_be_of_the_kind_the_office_covers() {
        SignIn.as(context, "admin");
        LocalDate day = LocalDate.of(2031, 11, 27);
        assertThatThrownBy(() -> elections.setUp(new ElectionSetup("Uji", ElectionKind.BUPATI, "32", day, null), false))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("election.region.kind.BUPATI"));
        // 32.73 is Kota Bandung, 32.04 Kabupaten Bandung.
        assertThatThrownBy(() ->
                        elections.setUp(new ElectionSetup("Uji", ElectionKind.WALIKOTA, "32.04", day, null), false))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("election.region.kind.WALIKOTA"));
        assertThatThrownBy(
                        () -> elections.setUp(new ElectionSetup("Uji", ElectionKind.GUBERNUR, "99", day, null), false))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("election.region.unknown"));
        assertThatThrownBy(() -> elections.setUp(
                        new ElectionSetup("Uji", ElectionKind.GUBERNUR, "32", day, day.plusDays(3)), false))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("election.secondRound.tooEarly"));

        ElectionInfo bandung = elections.setUp(
                new ElectionSetup(
                        "Pemilihan Wali Kota Bandung " + System.nanoTime(), ElectionKind.WALIKOTA, "32.73", day, null),
                false);
        assertThat(bandung.code()).startsWith("PILWALKOT-3273-2031");
        assertThat(bandung.stages().getLast().name()).isEqualTo("Pelantikan wali kota dan wakil wali kota");
    }

    @Test
    void a_saved_calendar_keeps_each_stage_its_seq_retires_what_was_taken_out_and_counts_a_version() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Kalender");
        List<StageDraft> drafts = new java.util.ArrayList<>(
                e.stages().stream().map(StageDraft::of).toList());
        StageInfo renamed = e.stages().get(1);
        StageInfo removed = e.stages().get(2);
        drafts.set(
                1,
                new StageDraft(
                        renamed.seq(),
                        "Penyerahan dukungan (diperpanjang)",
                        renamed.startsOn(),
                        renamed.endsOn().plusDays(2),
                        false));
        drafts.remove(2);
        drafts.add(new StageDraft(null, "Evaluasi desk", LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 1), false));

        ElectionInfo saved = elections.saveCalendar(e.id(), e.calendarVersion(), drafts);

        assertThat(saved.calendarVersion()).isEqualTo(2);
        assertThat(saved.stages()).hasSize(e.stages().size());
        assertThat(saved.stage(renamed.seq()).orElseThrow().name()).isEqualTo("Penyerahan dukungan (diperpanjang)");
        assertThat(saved.retiredStages()).containsExactly(removed);
        assertThat(saved.stage(removed.seq()))
                .as("still named for issues filed under it")
                .contains(removed);
        int highest = e.stages().stream().mapToInt(StageInfo::seq).max().orElseThrow();
        assertThat(saved.stages().getLast().seq()).as("a seq never used before").isEqualTo(highest + 1);
        List<CalendarVersionInfo> history = elections.calendarHistory(e.id());
        assertThat(history).extracting(CalendarVersionInfo::version).containsExactly(2, 1);
        assertThat(history.getLast().stages()).as("the first version as it was").isEqualTo(e.stages());

        // Bringing the retired stage back keeps its seq.
        List<StageDraft> again = new java.util.ArrayList<>(
                saved.stages().stream().map(StageDraft::of).toList());
        again.add(2, StageDraft.of(removed));
        ElectionInfo restored = elections.saveCalendar(e.id(), saved.calendarVersion(), again);
        assertThat(restored.retiredStages()).isEmpty();
        assertThat(restored.stages().get(2)).isEqualTo(removed);
    }

    @Test
    void a_calendar_saved_against_an_old_version_is_refused_and_changes_nothing() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Bentrok");
        List<StageDraft> drafts = e.stages().stream().map(StageDraft::of).toList();
        elections.saveCalendar(e.id(), e.calendarVersion(), drafts.subList(1, drafts.size()));

        assertThatThrownBy(() -> elections.saveCalendar(e.id(), e.calendarVersion(), drafts))
                .isInstanceOfSatisfying(DeskException.class, x -> {
                    assertThat(x.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(x.messageKey()).isEqualTo("election.calendar.changed");
                });
        ElectionInfo now = elections.election(e.id());
        assertThat(now.calendarVersion()).isEqualTo(2);
        assertThat(now.stages()).hasSize(drafts.size() - 1);
        assertThatThrownBy(() -> elections.describe(
                        e.id(),
                        e.version(),
                        new ElectionSetup("Lain", ElectionKind.GUBERNUR, "32", JABAR_2018, null),
                        false))
                .isInstanceOfSatisfying(
                        DeskException.class, x -> assertThat(x.messageKey()).isEqualTo("election.changed"));
    }

    @Test
    void every_problem_of_a_calendar_is_told_with_its_row_and_nothing_is_saved() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Masalah");
        List<StageDraft> bad = List.of(
                new StageDraft(null, "Kampanye", LocalDate.of(2018, 3, 1), LocalDate.of(2018, 2, 1), false),
                new StageDraft(null, " ", LocalDate.of(2018, 3, 2), LocalDate.of(2018, 3, 2), false),
                new StageDraft(null, "kampanye", LocalDate.of(2018, 1, 1), null, false),
                new StageDraft(9999, "Asing", LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 1), false));

        assertThat(elections.checkCalendar(e, bad))
                .extracting(ElectionService.CalendarProblem::row, ElectionService.CalendarProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "election.stage.endsBefore"),
                        org.assertj.core.groups.Tuple.tuple(2, "election.stage.name"),
                        org.assertj.core.groups.Tuple.tuple(3, "election.stage.nameRepeated"),
                        org.assertj.core.groups.Tuple.tuple(3, "election.stage.dates"),
                        org.assertj.core.groups.Tuple.tuple(4, "election.stage.unknownSeq"));
        assertThatThrownBy(() -> elections.saveCalendar(e.id(), e.calendarVersion(), bad))
                .isInstanceOf(DeskException.class);
        assertThat(elections.election(e.id()).stages()).isEqualTo(e.stages());
    }

    @Test
    void moving_the_voting_day_moves_the_calendar_when_asked_and_the_trail_says_who_did_what() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Geser");
        LocalDate later = JABAR_2018.plusDays(7);

        ElectionInfo moved = elections.describe(
                e.id(),
                e.version(),
                new ElectionSetup("Pilgub Jabar (diundur)", ElectionKind.GUBERNUR, "32", later, null),
                true);

        assertThat(moved.name()).isEqualTo("Pilgub Jabar (diundur)");
        assertThat(moved.votingDay()).isEqualTo(later);
        assertThat(moved.stages())
                .extracting(StageInfo::startsOn)
                .containsExactlyElementsOf(
                        e.stages().stream().map(s -> s.startsOn().plusDays(7)).toList());
        assertThat(moved.calendarVersion()).isEqualTo(2);

        List<id.go.jakarta.deskpilkada.audit.AuditEntryInfo> trail = audit.of("election", e.code());
        assertThat(trail).extracting(a -> a.action()).containsExactly("updated", "created");
        assertThat(trail.getFirst().actor()).isEqualTo("admin");
        assertThat(trail.getFirst().before()).contains("nama: " + e.name()).contains("hari pemungutan: 2018-06-27");
        assertThat(trail.getFirst().after())
                .contains("nama: Pilgub Jabar (diundur)")
                .doesNotContain("wilayah");
        assertThat(audit.of("election.calendar", e.code()))
                .extracting(a -> a.action())
                .containsExactly("moved", "created");
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void an_exported_calendar_reads_back_unchanged_as_csv_and_xlsx_and_saves_no_new_version() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Ekspor");
        for (id.go.jakarta.deskpilkada.base.table.TableFormat format :
                id.go.jakarta.deskpilkada.base.table.TableFormat.values()) {
            byte[] file = elections.exportCalendar(e.id(), format);
            id.go.jakarta.deskpilkada.base.table.ImportResult result =
                    elections.importCalendar(e.id(), 1, new java.io.ByteArrayInputStream(file));
            assertThat(result.applied()).as(format.name()).isTrue();
            assertThat(result.unchanged()).isEqualTo(e.stages().size());
            assertThat(result.created() + result.updated()).isZero();
        }
        assertThat(elections.election(e.id()).calendarVersion()).isEqualTo(1);
        assertThat(elections.calendarHistory(e.id())).hasSize(1);
    }

    @Test
    void an_imported_calendar_renames_adds_and_retires_stages_as_a_new_version() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Impor");
        StageInfo first = e.stages().getFirst();
        StageInfo voting =
                e.stages().stream().filter(StageInfo::votingDay).findFirst().orElseThrow();
        String file = "no;tahapan;mulai;selesai;pemungutan\n"
                + first.seq() + ";Pembentukan PPK, PPS dan KPPS;" + first.startsOn() + ";" + first.endsOn() + ";tidak\n"
                + ";Simulasi desk;20/06/2018;21/06/2018;\n"
                + voting.seq() + ";" + voting.name() + ";27-06-2018;27-06-2018;ya\n";

        id.go.jakarta.deskpilkada.base.table.ImportResult result = elections.importCalendar(e.id(), 1, csv(file));

        assertThat(result.badRows()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.updated()).isEqualTo(2);
        ElectionInfo now = elections.election(e.id());
        assertThat(now.calendarVersion()).isEqualTo(2);
        assertThat(now.stages())
                .extracting(StageInfo::name)
                .containsExactly("Pembentukan PPK, PPS dan KPPS", "Simulasi desk", voting.name());
        assertThat(now.stages().get(1).startsOn()).isEqualTo(LocalDate.of(2018, 6, 20));
        assertThat(now.retiredStages()).hasSize(e.stages().size() - 2);
    }

    @Test
    void a_calendar_file_with_bad_rows_names_each_by_its_line_and_changes_nothing() {
        SignIn.as(context, "admin");
        ElectionInfo e = westJava("Impor buruk");
        String file = "no,tahapan,mulai,selesai,pemungutan\n"
                + ",Kampanye,2018-03-01,2018-02-01,tidak\n"
                + ",Debat,31/02/2018,2018-03-02,tidak\n"
                + "999,Asing,2018-04-01,2018-04-01,tidak\n"
                + "x,Lain,2018-04-02,2018-04-02,mungkin\n";

        id.go.jakarta.deskpilkada.base.table.ImportResult result = elections.importCalendar(e.id(), 1, csv(file));

        assertThat(result.applied()).isFalse();
        assertThat(result.badRows())
                .extracting(
                        id.go.jakarta.deskpilkada.base.table.ImportResult.BadRow::line,
                        id.go.jakarta.deskpilkada.base.table.ImportResult.BadRow::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "election.stage.endsBefore"),
                        org.assertj.core.groups.Tuple.tuple(3, "table.import.date"),
                        org.assertj.core.groups.Tuple.tuple(4, "election.stage.unknownSeq"),
                        org.assertj.core.groups.Tuple.tuple(5, "calendar.import.seq"));
        assertThat(elections.election(e.id()).stages()).isEqualTo(e.stages());
        assertThat(elections.election(e.id()).calendarVersion()).isEqualTo(1);
    }
}
