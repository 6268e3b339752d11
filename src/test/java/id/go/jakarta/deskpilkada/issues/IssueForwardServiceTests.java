package id.go.jakarta.deskpilkada.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.base.cluster.LiveEnvelope;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Escalation across desks (issue 18): a kabupaten/kota desk forwards an issue to its province's
 * desk, which reads it with its one timeline and answers on it; nobody else reaches it.
 */
@SpringBootTest
@ActiveProfiles("test")
class IssueForwardServiceTests {

    @Autowired
    IssueForwardService forwards;

    @Autowired
    IssueService issues;

    @Autowired
    DeskService desks;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveEventBus bus;

    DeskInfo westJava;
    DeskInfo bogor;
    DeskInfo bandung;
    DeskInfo centralJava;
    long issueId;

    @BeforeEach
    void anIssueInBogor() {
        westJava = CurrentActor.asSystem(() -> desks.open("32"));
        bogor = CurrentActor.asSystem(() -> desks.open("32.01"));
        bandung = CurrentActor.asSystem(() -> desks.open("32.73"));
        centralJava = CurrentActor.asSystem(() -> desks.open("33"));
        issueId = issue(bogor, "Kerumunan di TPS 07 Cibinong", "BARU");
    }

    @Test
    void a_kabupaten_desk_forwards_an_issue_and_its_province_reads_it_with_its_one_timeline() {
        long version = as(Role.PIMPINAN, bogor, () -> issues.issue(issueId)).version();
        List<LiveEnvelope> heard = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived
                    && arrived.envelope().event() instanceof IssueForwarded forwarded
                    && forwarded.issueId() == issueId) {
                heard.add(arrived.envelope());
            }
        });
        ForwardedIssue sent;
        try {
            sent = as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, "  Perlu Polda  "));
            // The province's inbox hears of it at once, on every node.
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
        } finally {
            unsubscribe.run();
        }
        assertThat(sent.to().code()).isEqualTo("32");
        assertThat(sent.from().code()).isEqualTo("32.01");
        assertThat(sent.reason()).isEqualTo("Perlu Polda");

        assertThat(as(Role.PIMPINAN, bogor, () -> issues.timeline(issueId)))
                .last()
                .satisfies(line -> {
                    assertThat(line.kind()).isEqualTo(TimelineKind.DITERUSKAN);
                    assertThat(line.text()).isEqualTo("Provinsi Jawa Barat: Perlu Polda");
                });
        assertThat(as(Role.BAKESBANGPOL, bogor, () -> forwards.forwardedTo(issueId)))
                .map(DeskInfo::code)
                .contains("32");

        List<ForwardedIssue> inbox = as(Role.PIMPINAN, westJava, forwards::forwardedHere);
        assertThat(inbox).extracting(f -> f.issue().id()).contains(issueId);
        ForwardedIssue read = as(Role.BAKESBANGPOL, westJava, () -> forwards.forwarded(sent.id()));
        assertThat(read.issue().title()).isEqualTo("Kerumunan di TPS 07 Cibinong");
        assertThat(read.timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.DITERUSKAN);
    }

    @Test
    void the_provinces_answer_goes_on_the_issues_own_timeline() {
        long version = as(Role.PIMPINAN, bogor, () -> issues.issue(issueId)).version();
        long id = as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, "Eskalasi"))
                .id();

        List<LiveEnvelope> heard = new CopyOnWriteArrayList<>();
        Runnable unsubscribe = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived arrived
                    && arrived.envelope().event() instanceof IssueChanged changed
                    && changed.issueId() == issueId
                    && changed.change() == TimelineKind.PROVINSI) {
                heard.add(arrived.envelope());
            }
        });
        ForwardedIssue answered;
        try {
            answered = as(Role.PIMPINAN, westJava, () -> forwards.answer(id, "Polda mengirim satu kompi."));
            // The answer is a change of the issue in its own desk: Bogor's screens and walls hear it.
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
            assertThat(heard).allSatisfy(envelope -> assertThat(envelope.desk()).isEqualTo(bogor.id()));
        } finally {
            unsubscribe.run();
        }
        assertThat(answered.timeline()).last().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(TimelineKind.PROVINSI);
            assertThat(line.actor()).isEqualTo("Uji PIMPINAN · Provinsi Jawa Barat");
        });
        assertThat(as(Role.BAKESBANGPOL, bogor, () -> issues.timeline(issueId)))
                .extracting(TimelineEntry::text)
                .contains("Polda mengirim satu kompi.");

        assertThatThrownBy(() -> as(Role.BAKESBANGPOL, westJava, () -> forwards.answer(id, "Tidak boleh")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> as(Role.PIMPINAN, westJava, () -> forwards.answer(id, "   ")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.answer.empty"));
    }

    @Test
    void another_province_the_kabupaten_next_door_and_the_issue_itself_stay_closed_to_others() {
        long version = as(Role.PIMPINAN, bogor, () -> issues.issue(issueId)).version();
        long id = as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, "Eskalasi"))
                .id();

        assertThat(as(Role.PIMPINAN, centralJava, forwards::forwardedHere))
                .extracting(f -> f.issue().id())
                .doesNotContain(issueId);
        for (DeskInfo other : List.of(centralJava, bandung)) {
            assertThatThrownBy(() -> as(Role.PIMPINAN, other, () -> forwards.forwarded(id)))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.notFound"));
            assertThatThrownBy(() -> as(Role.PIMPINAN, other, () -> forwards.answer(id, "Bukan urusan kami")))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.notFound"));
        }
        // The forwarding opens the issue to the province through the inbox only, not its own screens.
        assertThatThrownBy(() -> as(Role.PIMPINAN, westJava, () -> issues.issue(issueId)))
                .isInstanceOf(DeskException.class);
        for (Role role : List.of(Role.KETUA_POSKO, Role.PETUGAS, Role.FORKOPIMDA, Role.LAYAR, Role.INTEGRASI)) {
            assertThatThrownBy(() -> as(role, westJava, forwards::forwardedHere))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        }
    }

    @Test
    void an_issue_is_forwarded_once_with_a_reason_by_its_handlers_from_a_kabupaten_desk_only() {
        long version = as(Role.PIMPINAN, bogor, () -> issues.issue(issueId)).version();
        assertThatThrownBy(() -> as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, " ")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.reason.empty"));
        assertThatThrownBy(() -> as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, "x".repeat(1001))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.reason.tooLong"));
        assertThatThrownBy(() -> as(Role.BAKESBANGPOL, bogor, () -> forwards.forward(issueId, version, "Alasan")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.forbidden"));
        assertThatThrownBy(() -> as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version + 1, "Alasan")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT));

        as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, "Alasan"));
        assertThatThrownBy(() -> as(Role.PIMPINAN, bogor, () -> forwards.forward(issueId, version, "Lagi")))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("issue.forward.already");
                    assertThat(e.args()).containsExactly("Provinsi Jawa Barat");
                });
        assertThat(as(Role.PIMPINAN, bogor, () -> forwards.mayForwardTo(issues.issue(issueId))))
                .isEmpty();

        long closed = issue(bogor, "Sudah selesai", "SELESAI");
        long closedVersion =
                as(Role.PIMPINAN, bogor, () -> issues.issue(closed)).version();
        assertThatThrownBy(() -> as(Role.PIMPINAN, bogor, () -> forwards.forward(closed, closedVersion, "Alasan")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.closed"));

        long provincial = issue(westJava, "Isu tingkat provinsi", "BARU");
        long provincialVersion =
                as(Role.PIMPINAN, westJava, () -> issues.issue(provincial)).version();
        assertThat(as(Role.PIMPINAN, westJava, () -> forwards.mayForwardTo(issues.issue(provincial))))
                .isEmpty();
        assertThatThrownBy(() ->
                        as(Role.PIMPINAN, westJava, () -> forwards.forward(provincial, provincialVersion, "Alasan")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("issue.forward.notKabkota"));
    }

    private static <T> T as(Role role, DeskInfo desk, Supplier<T> work) {
        return CurrentActor.as(
                new Actor(
                        "terusan-" + role.name().toLowerCase(Locale.ROOT),
                        "Uji " + role.name(),
                        role,
                        null,
                        null,
                        null,
                        false,
                        desk.id()),
                work);
    }

    private long issue(DeskInfo desk, String title, String status) {
        return DeskIssues.insert(jdbc, desk, title, status);
    }
}
