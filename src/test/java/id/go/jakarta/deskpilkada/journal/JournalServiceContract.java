package id.go.jakarta.deskpilkada.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.journal.internal.JournalEntry;
import id.go.jakarta.deskpilkada.journal.internal.JournalEntryRepository;
import id.go.jakarta.deskpilkada.posko.LastActivity;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The post journal: append-only entries and corrections, times and shifts, scope per role, the wall ticker. */
@RecordApplicationEvents
public abstract class JournalServiceContract {

    static final String GAMBIR_KEL = "31.71.01.1001";

    @Autowired
    protected JournalService journal;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected IssueService issues;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected Clock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_officer_writes_in_his_own_posts_journal_and_the_shift_running_then_is_looked_up() {
        SignIn.as(context, "petugas.jakpus");
        Instant at = clock.instant().minus(Duration.ofHours(3));
        JournalEntryInfo entry = journal.write(
                post("JAKPUS"),
                new JournalForm(
                        JournalCategory.LOGISTIK, "  Kotak suara cadangan tiba dari gudang KPU kota  ", at, null));

        assertThat(entry.id()).isPositive();
        assertThat(entry.poskoId()).isEqualTo(post("JAKPUS"));
        assertThat(entry.text()).isEqualTo("Kotak suara cadangan tiba dari gudang KPU kota");
        assertThat(entry.at()).isEqualTo(at);
        assertThat(entry.author())
                .isEqualTo(SignIn.as(context, "petugas.jakpus").actor().displayName());
        assertThat(entry.recordedAt()).isAfterOrEqualTo(at);
        // The wilayah posts run Siang 07-19 and Malam 19-07; a night belongs to the day it began.
        ZonedDateTime wib = at.atZone(Wib.ZONE);
        boolean day = wib.getHour() >= 7 && wib.getHour() < 19;
        assertThat(entry.shiftName()).isEqualTo(day ? "Siang" : "Malam");
        assertThat(entry.shiftId()).isNotNull();
        assertThat(entry.day()).isEqualTo(wib.getHour() < 7 ? wib.toLocalDate().minusDays(1) : wib.toLocalDate());
        assertThat(journal.entry(entry.id())).isEqualTo(entry);
    }

    @Test
    void the_shift_of_a_time_is_the_one_running_then_and_a_night_shift_belongs_to_the_day_it_began() {
        SignIn.as(context, "ketua.balaikota");
        LocalDate day = LocalDate.of(2017, 2, 15);
        assertThat(shiftAt("JAKPUS", day.atTime(12, 0))).isEqualTo("Siang " + day);
        assertThat(shiftAt("JAKPUS", day.atTime(3, 0))).isEqualTo("Malam " + day.minusDays(1));
        assertThat(shiftAt("JAKPUS", day.atTime(19, 0))).isEqualTo("Malam " + day);
        assertThat(shiftAt("BALAIKOTA", day.atTime(7, 0))).isEqualTo("Pagi " + day);
        assertThat(shiftAt("BALAIKOTA", day.atTime(14, 59))).isEqualTo("Pagi " + day);
        assertThat(shiftAt("BALAIKOTA", day.atTime(15, 0))).isEqualTo("Sore " + day);
        assertThat(shiftAt("BALAIKOTA", day.atTime(23, 30))).isEqualTo("Malam " + day);
        assertThat(shiftAt("BALAIKOTA", day.atTime(6, 59))).isEqualTo("Malam " + day.minusDays(1));
    }

    @Test
    void a_time_in_the_future_is_refused_and_a_little_in_the_past_is_accepted_but_not_too_far_back() {
        SignIn.as(context, "ketua.jakut");
        long before = count("JAKUT");
        Instant now = clock.instant();
        assertThatThrownBy(
                        () -> journal.write(post("JAKUT"), form("Rapat koordinasi", now.plus(Duration.ofMinutes(2)))))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("journal.time.future");
                });
        assertThatThrownBy(() -> journal.write(
                        post("JAKUT"),
                        form(
                                "Rapat koordinasi",
                                now.minus(journal.backdateLimit()).minus(Duration.ofMinutes(5)))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("journal.time.tooEarly"));
        assertThat(count("JAKUT")).isEqualTo(before);

        JournalEntryInfo late =
                journal.write(post("JAKUT"), form("Rapat koordinasi dengan Polres", now.minus(Duration.ofMinutes(40))));
        assertThat(late.at()).isEqualTo(now.minus(Duration.ofMinutes(40)));
        assertThat(Duration.between(late.at(), late.recordedAt())).isGreaterThanOrEqualTo(Duration.ofMinutes(40));
        JournalEntryInfo current = journal.write(post("JAKUT"), form("Tanpa waktu: sekarang", null));
        assertThat(current.at()).isEqualTo(current.recordedAt());
    }

    @Test
    void empty_or_too_long_text_and_a_missing_category_are_refused_and_nothing_is_stored() {
        SignIn.as(context, "ketua.jakbar");
        long before = count("JAKBAR");
        assertThatThrownBy(() -> journal.write(post("JAKBAR"), form("   ", null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("journal.text.required"));
        assertThatThrownBy(() -> journal.write(post("JAKBAR"), form("x".repeat(JournalService.MAX_TEXT + 1), null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("journal.text.tooLong"));
        assertThatThrownBy(() -> journal.write(post("JAKBAR"), new JournalForm(null, "Hujan deras", null, null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("journal.category.required"));
        assertThat(count("JAKBAR")).isEqualTo(before);
        assertThat(journal.write(post("JAKBAR"), form("x".repeat(JournalService.MAX_TEXT), null))
                        .text())
                .hasSize(JournalService.MAX_TEXT);
    }

    @Test
    void writers_are_the_posts_own_chief_and_officers_and_leadership_for_any_post() {
        as("ketua.jaksel", () -> journal.write(post("JAKSEL"), form("Ketua menulis", null)));
        as("petugas.jaksel", () -> journal.write(post("JAKSEL"), form("Petugas menulis", null)));
        as("sekda", () -> journal.write(post("JAKSEL"), form("Pimpinan menulis", null)));
        as("sekda", () -> journal.write(post("KEPSERIBU"), form("Pimpinan menulis di Kepulauan Seribu", null)));

        for (String outsider :
                List.of("ketua.jakpus", "petugas.jaktim", "ketua.balaikota", "polda", "bakesbangpol", "admin")) {
            SignIn.as(context, outsider);
            assertThat(journal.mayWrite(post("JAKSEL"))).as(outsider).isFalse();
            assertThatThrownBy(() -> journal.write(post("JAKSEL"), form("Tidak boleh", null)))
                    .as(outsider)
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        }
        SignIn.as(context, "ketua.jaksel");
        assertThat(journal.entries(post("JAKSEL"), null, null, 50))
                .extracting(JournalEntryInfo::text)
                .doesNotContain("Tidak boleh")
                .contains("Ketua menulis", "Petugas menulis", "Pimpinan menulis");
    }

    @Test
    void readers_are_the_post_itself_the_provincial_post_and_leadership_and_nobody_else() {
        JournalEntryInfo entry = as("petugas.jaktim", () -> journal.write(post("JAKTIM"), form("Genangan air", null)));

        for (String reader :
                List.of("ketua.jaktim", "petugas.jaktim", "ketua.balaikota", "petugas.balaikota", "sekda")) {
            SignIn.as(context, reader);
            assertThat(journal.mayRead(post("JAKTIM"))).as(reader).isTrue();
            assertThat(journal.entries(post("JAKTIM"), null, null, 100))
                    .as(reader)
                    .extracting(JournalEntryInfo::id)
                    .contains(entry.id());
            assertThat(journal.entry(entry.id()).text()).isEqualTo("Genangan air");
        }
        // Across posts: leadership and the provincial post everything, a wilayah post only itself.
        SignIn.as(context, "sekda");
        assertThat(journal.readsAllPosts()).isTrue();
        assertThat(journal.entries(null, null, null, 500))
                .extracting(JournalEntryInfo::id)
                .contains(entry.id());
        SignIn.as(context, "ketua.jakpus");
        assertThat(journal.readsAllPosts()).isFalse();
        assertThat(journal.readablePosts()).extracting(PoskoTile::code).containsExactly("JAKPUS");
        assertThat(journal.entries(null, null, null, 500)).allMatch(e -> e.poskoId() == post("JAKPUS"));

        for (String outsider :
                List.of("ketua.jakpus", "petugas.kepseribu", "polda", "kodam", "bakesbangpol", "admin")) {
            SignIn.as(context, outsider);
            assertThat(journal.mayRead(post("JAKTIM"))).as(outsider).isFalse();
            assertThatThrownBy(() -> journal.entries(post("JAKTIM"), null, null, 10))
                    .as(outsider)
                    .isInstanceOf(DeskException.class);
            assertThatThrownBy(() -> journal.entry(entry.id()))
                    .as(outsider)
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.NOT_FOUND));
        }
        for (String outsider : List.of("polda", "bakesbangpol", "admin")) {
            SignIn.as(context, outsider);
            assertThat(journal.readablePosts()).as(outsider).isEmpty();
            assertThatThrownBy(() -> journal.entries(null, null, null, 10))
                    .as(outsider)
                    .isInstanceOf(DeskException.class);
        }
    }

    @Test
    void a_correction_is_a_new_entry_and_the_two_point_at_each_other_while_the_old_text_stays() {
        SignIn.as(context, "petugas.jakpus");
        JournalEntryInfo wrong = journal.write(post("JAKPUS"), form("Logistik TPS 12 tiba pukul 14.00", null));
        JournalEntryInfo fix = journal.correct(
                wrong.id(),
                new JournalForm(JournalCategory.LOGISTIK, "Logistik TPS 12 tiba pukul 13.30", wrong.at(), null));

        assertThat(fix.id()).isGreaterThan(wrong.id());
        assertThat(fix.correctsId()).isEqualTo(wrong.id());
        assertThat(fix.poskoId()).isEqualTo(wrong.poskoId());
        JournalEntryInfo old = journal.entry(wrong.id());
        assertThat(old.text()).isEqualTo("Logistik TPS 12 tiba pukul 14.00");
        assertThat(old.correctedBy()).isEqualTo(fix.id());
        assertThat(journal.entry(fix.id()).correctedBy()).isNull();
        assertThat(journal.entries(post("JAKPUS"), null, null, 500))
                .extracting(JournalEntryInfo::id)
                .contains(wrong.id(), fix.id());
        assertThat(events.stream(JournalEntryAdded.class).filter(e -> e.entryId() == fix.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.correctsId()).isEqualTo(wrong.id()));

        // The chief of another post may not correct it.
        SignIn.as(context, "ketua.jakut");
        assertThatThrownBy(() -> journal.correct(fix.id(), form("Bukan urusan saya", null)))
                .isInstanceOf(DeskException.class);
    }

    @Test
    void an_entry_is_corrected_once_and_a_further_correction_goes_against_the_correction() {
        SignIn.as(context, "ketua.jakpus");
        JournalEntryInfo first = journal.write(post("JAKPUS"), form("Listrik padam di kantor kecamatan", null));
        JournalEntryInfo second = journal.correct(first.id(), form("Listrik padam di kantor kelurahan", first.at()));

        assertThatThrownBy(() -> journal.correct(first.id(), form("Koreksi kedua", null)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(e.args()).containsExactly(String.valueOf(second.id()));
                });
        JournalEntryInfo third = journal.correct(second.id(), form("Listrik padam di kantor kelurahan Gambir", null));
        assertThat(journal.entry(second.id()).correctedBy()).isEqualTo(third.id());
        assertThat(journal.entry(first.id()).correctedBy()).isEqualTo(second.id());
    }

    @Test
    void two_people_correcting_one_entry_at_once_store_one_correction_and_the_other_is_told() throws Exception {
        JournalEntryInfo entry =
                as("ketua.jaksel", () -> journal.write(post("JAKSEL"), form("Pemadaman bergilir", null)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> results = new ArrayList<>();
        for (String who : List.of("ketua.jaksel", "petugas.jaksel")) {
            results.add(pool.submit(() -> {
                start.await();
                SignIn.as(context, who);
                try {
                    return journal.correct(entry.id(), form("Pemadaman bergilir, dikoreksi oleh " + who, null));
                } catch (DeskException refused) {
                    return refused;
                } finally {
                    SignIn.out();
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(JournalEntryInfo.class::isInstance).hasSize(1);
        assertThat(outcomes)
                .filteredOn(DeskException.class::isInstance)
                .singleElement()
                .satisfies(e -> assertThat(((DeskException) e).kind()).isEqualTo(DeskException.Kind.CONFLICT));
        assertThat(jdbc.queryForObject(
                        "select count(*) from post_journal_entry where corrects_id = ?", Long.class, entry.id()))
                .isEqualTo(1);
    }

    @Test
    void a_correction_may_keep_the_time_of_an_old_entry_but_never_move_into_the_future() {
        SignIn.as(context, "ketua.jakpus");
        Instant old = clock.instant().minus(journal.backdateLimit()).plus(Duration.ofMinutes(1));
        JournalEntryInfo entry = journal.write(post("JAKPUS"), form("Apel siaga pagi", old));
        assertThatThrownBy(() -> journal.correct(
                        entry.id(), form("Apel siaga", clock.instant().plusSeconds(120))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("journal.time.future"));
        assertThat(journal.correct(entry.id(), form("Apel siaga pagi bersama Satpol PP", old))
                        .at())
                .isEqualTo(old);
    }

    @Test
    void the_service_and_its_repository_offer_no_way_to_change_or_remove_an_entry() {
        List<String> repositoryMethods = Arrays.stream(JournalEntryRepository.class.getMethods())
                .map(Method::getName)
                .toList();
        assertThat(repositoryMethods)
                .noneMatch(n -> n.startsWith("delete")
                        || n.startsWith("update")
                        || n.startsWith("remove")
                        || n.equals("save")
                        || n.equals("saveAll"));
        List<String> serviceWrites = Arrays.stream(JournalService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> m.isAnnotationPresent(org.springframework.transaction.annotation.Transactional.class))
                .map(Method::getName)
                .toList();
        assertThat(serviceWrites).containsExactlyInAnyOrder("write", "correct");
        assertThat(Arrays.stream(JournalEntry.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(n -> n.startsWith("set"));
        assertThat(JournalEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class))
                .isTrue();
    }

    @Test
    void the_database_refuses_a_second_correction_an_entry_timed_after_it_was_recorded_and_a_forward_pointer() {
        JournalEntryInfo entry =
                as("ketua.jaktim", () -> journal.write(post("JAKTIM"), form("Patroli gabungan", null)));
        JournalEntryInfo fix =
                as("ketua.jaktim", () -> journal.correct(entry.id(), form("Patroli gabungan TNI-Polri", null)));
        String insert = "insert into post_journal_entry (posko_id, at, shift_day, category, text, author_username,"
                + " author_name, corrects_id, recorded_at) values (?, ?, ?, 'LAINNYA', ?, 'uji', 'Uji', ?, ?)";
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        java.sql.Timestamp later = java.sql.Timestamp.from(clock.instant().plusSeconds(3600));
        java.sql.Date day = java.sql.Date.valueOf(LocalDate.now(clock));

        assertThatThrownBy(() -> jdbc.update(insert, post("JAKTIM"), now, day, "Koreksi ganda", entry.id(), now))
                .as("one correction per entry")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, post("JAKTIM"), later, day, "Dari masa depan", null, now))
                .as("timed after it was recorded")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> jdbc.update(insert, post("JAKTIM"), now, day, "Menunjuk ke depan", fix.id() + 1000, now))
                .as("a correction points at an earlier entry")
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, post("JAKTIM"), now, day, "", null, now))
                .as("text required")
                .isInstanceOf(DataIntegrityViolationException.class);
        SignIn.as(context, "ketua.jaktim");
        assertThat(journal.entry(entry.id()).correctedBy()).isEqualTo(fix.id());
    }

    @Test
    void a_related_issue_must_be_one_the_writer_may_see() {
        IssueInfo issue = as(
                "ketua.jakpus",
                () -> issues.file(
                        new IssueForm(
                                "Spanduk provokatif di dekat TPS 5",
                                null,
                                issues.categories().getFirst().id(),
                                Severity.SEDANG,
                                null,
                                null,
                                GAMBIR_KEL,
                                null,
                                null,
                                IssueSource.POSKO,
                                null),
                        null));
        JournalEntryInfo entry = as(
                "petugas.jakpus",
                () -> journal.write(
                        post("JAKPUS"),
                        new JournalForm(JournalCategory.KAMTIBMAS, "Spanduk diturunkan Satpol PP", null, issue.id())));
        assertThat(entry.issueId()).isEqualTo(issue.id());

        SignIn.as(context, "ketua.jakut");
        long before = count("JAKUT");
        assertThatThrownBy(() -> journal.write(
                        post("JAKUT"), new JournalForm(JournalCategory.KAMTIBMAS, "Ikut memantau", null, issue.id())))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("journal.issue.unknown");
                    assertThat(e.args()).containsExactly(String.valueOf(issue.id()));
                });
        assertThatThrownBy(() -> journal.write(
                        post("JAKUT"), new JournalForm(JournalCategory.KAMTIBMAS, "Nomor asal", null, 987_654_321L)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("journal.issue.unknown"));
        assertThat(count("JAKUT")).isEqualTo(before);
    }

    @Test
    void entries_are_filtered_by_duty_day_and_category_newest_first() {
        SignIn.as(context, "ketua.kepseribu");
        Instant now = clock.instant();
        JournalEntryInfo weather = journal.write(
                post("KEPSERIBU"),
                new JournalForm(
                        JournalCategory.CUACA,
                        "Gelombang tinggi, kapal logistik tertunda",
                        now.minus(Duration.ofMinutes(30)),
                        null));
        JournalEntryInfo visit = journal.write(
                post("KEPSERIBU"),
                new JournalForm(
                        JournalCategory.KUNJUNGAN,
                        "Kunjungan Bupati ke posko",
                        now.minus(Duration.ofMinutes(10)),
                        null));

        List<JournalEntryInfo> all = journal.entries(post("KEPSERIBU"), null, null, 500);
        assertThat(all).extracting(JournalEntryInfo::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.indexOf(journal.entry(visit.id()))).isLessThan(all.indexOf(journal.entry(weather.id())));
        assertThat(journal.entries(post("KEPSERIBU"), null, JournalCategory.CUACA, 500))
                .extracting(JournalEntryInfo::id)
                .contains(weather.id())
                .doesNotContain(visit.id())
                .allSatisfy(id -> assertThat(journal.entry(id).category()).isEqualTo(JournalCategory.CUACA));
        assertThat(journal.entries(post("KEPSERIBU"), weather.day(), null, 500))
                .extracting(JournalEntryInfo::id)
                .contains(weather.id());
        assertThat(journal.entries(post("KEPSERIBU"), weather.day().minusDays(3), null, 500))
                .extracting(JournalEntryInfo::id)
                .doesNotContain(weather.id(), visit.id());
    }

    @Test
    void the_wall_ticker_is_newest_first_without_author_names_and_cut_to_140_characters() {
        String longText = "Kapal patroli Polair mengantar kotak suara ke Pulau Sebira; "
                + "cuaca cerah, ombak tenang, ".repeat(6) + "semua aman";
        JournalEntryInfo older = as(
                "petugas.kepseribu",
                () -> journal.write(
                        post("KEPSERIBU"),
                        new JournalForm(
                                JournalCategory.LOGISTIK,
                                longText,
                                clock.instant().minusSeconds(90),
                                null)));
        JournalEntryInfo newer = as(
                "ketua.jakbar",
                () -> journal.write(
                        post("JAKBAR"),
                        new JournalForm(JournalCategory.KOMUNIKASI, "Radio HT kanal 2\n  terganggu", null, null)));
        JournalEntryInfo corrected = as(
                "ketua.jakbar",
                () -> journal.write(
                        post("JAKBAR"),
                        form("Salah ketik dikoreksi", clock.instant().minusSeconds(60))));
        as("ketua.jakbar", () -> journal.correct(corrected.id(), form("Sudah dikoreksi", corrected.at())));

        SignIn.out();
        List<WallTickerItem> ticker = journal.wallTicker(JournalService.MAX_TICKER);
        assertThat(ticker).extracting(WallTickerItem::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        WallTickerItem radio = ticker.stream()
                .filter(t -> t.text().equals("Radio HT kanal 2 terganggu"))
                .findFirst()
                .orElseThrow();
        assertThat(radio.poskoCode()).isEqualTo("JAKBAR");
        assertThat(radio.poskoName())
                .isEqualTo(posko.tile(post("JAKBAR")).orElseThrow().name());
        assertThat(radio.categoryKey()).isEqualTo("journal.category.KOMUNIKASI");
        assertThat(radio.at()).isEqualTo(newer.at());
        WallTickerItem boat = ticker.stream()
                .filter(t -> t.at().equals(older.at()))
                .findFirst()
                .orElseThrow();
        assertThat(boat.text())
                .hasSizeLessThanOrEqualTo(JournalService.TICKER_TEXT)
                .endsWith("\u2026")
                .startsWith("Kapal patroli Polair");
        assertThat(ticker.indexOf(radio)).isLessThan(ticker.indexOf(boat));
        assertThat(ticker)
                .extracting(WallTickerItem::text)
                .contains("Sudah dikoreksi")
                .doesNotContain("Salah ketik dikoreksi");
        // No names of people anywhere in a ticker line.
        List<String> names = List.of(
                SignIn.as(context, "petugas.kepseribu").actor().displayName(),
                SignIn.as(context, "ketua.jakbar").actor().displayName());
        assertThat(ticker).allSatisfy(t -> assertThat(t.toString()).doesNotContain(names));
        assertThat(Arrays.stream(WallTickerItem.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("poskoId", "poskoCode", "poskoName", "at", "categoryKey", "text");
        assertThat(journal.wallTicker(2)).hasSize(2);
        assertThat(journal.wallTicker(0)).isEmpty();
    }

    @Test
    void an_entry_is_a_sign_of_life_of_the_post_when_its_own_people_wrote_it() {
        JournalEntryInfo own = as("petugas.jakut", () -> journal.write(post("JAKUT"), form("Serah terima sif", null)));
        JournalEntryInfo lead = as("sekda", () -> journal.write(post("JAKUT"), form("Arahan pimpinan", null)));

        assertThat(events.stream(JournalEntryAdded.class).filter(e -> e.entryId() == own.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.poskoId()).isEqualTo(post("JAKUT"));
                    assertThat(e.isActivity()).isTrue();
                    assertThat(e.activityKind()).isEqualTo("JOURNAL");
                });
        assertThat(events.stream(JournalEntryAdded.class).filter(e -> e.entryId() == lead.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.isActivity()).isFalse());
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            LastActivity last = posko.lastActivities().get(post("JAKUT"));
            assertThat(last).isNotNull();
            assertThat(last.kind()).isEqualTo("JOURNAL");
            assertThat(last.at()).isAfterOrEqualTo(own.recordedAt());
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------

    protected long post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private String shiftAt(String code, LocalDateTime wib) {
        JournalService.ShiftAt slot =
                journal.shiftAt(post(code), wib.atZone(Wib.ZONE).toInstant());
        return (slot.shift() == null ? "-" : slot.shift().name()) + " " + slot.day();
    }

    private static JournalForm form(String text, Instant at) {
        return new JournalForm(JournalCategory.LAINNYA, text, at, null);
    }

    private long count(String code) {
        return jdbc.queryForObject(
                "select count(*) from post_journal_entry where posko_id = ?", Long.class, post(code));
    }

    /** Does something as another person, then signs out. */
    protected <T> T as(String username, Supplier<T> work) {
        SignIn.as(context, username);
        try {
            return work.get();
        } finally {
            SignIn.out();
        }
    }
}
