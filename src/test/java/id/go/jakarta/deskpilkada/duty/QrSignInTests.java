package id.go.jakarta.deskpilkada.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.duty.internal.QrTokens;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The rotating sign-in QR code: signed, bound to post and shift, short-lived, single-use. */
@SpringBootTest
@ActiveProfiles("test")
class QrSignInTests {

    @Autowired
    ShiftService shifts;

    @Autowired
    RosterService roster;

    @Autowired
    AttendanceService attendance;

    @Autowired
    QrTokens tokens;

    @Autowired
    StaffService staff;

    @Autowired
    PoskoService posko;

    @Autowired
    ApplicationContext context;

    DutyFixture fixture;
    OfficerInfo officer;
    DutyFixture.Placed shift;
    long post;

    @BeforeEach
    void rosterAnOfficerOnARunningShift() {
        fixture = new DutyFixture(staff, shifts, posko);
        post = fixture.post("JAKSEL").id();
        officer = fixture.officer("JAKSEL", PostRole.OPERATOR, "DUKCAPIL");
        shift = fixture.shift("JAKSEL", Duration.ofMinutes(-5), Duration.ofHours(3), Map.of(PostRole.OPERATOR, 1));
        SignIn.as(context, "ketua.jaksel");
        roster.assign(shift.shift().id(), shift.day(), officer.id(), PostRole.OPERATOR);
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        fixture.cleanUp();
    }

    private String codeShownAtThePost(long poskoId) {
        SignIn.as(context, "sekda");
        String token = attendance.signInCodes(poskoId).stream()
                .filter(c -> c.shift().id() == shift.shift().id())
                .findFirst()
                .map(AttendanceService.SignInCode::token)
                .orElse(null);
        if (token == null) {
            token = tokens.issue(poskoId, shift.shift().id(), shift.day(), Instant.now());
        }
        return token;
    }

    @Test
    void a_fresh_code_signs_the_rostered_officer_in_as_present() {
        String token = codeShownAtThePost(post);
        SignIn.asOfficer(post, officer.id());

        AssignmentInfo signedIn = attendance.signInWithCode(token);

        assertThat(signedIn.officerId()).isEqualTo(officer.id());
        assertThat(signedIn.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(signedIn.method()).isEqualTo(SignInMethod.QR);
    }

    @Test
    void a_code_is_accepted_only_once() {
        String token = codeShownAtThePost(post);
        SignIn.asOfficer(post, officer.id());
        attendance.signInWithCode(token);

        assertThatThrownBy(() -> attendance.signInWithCode(token))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("qr.used"));
    }

    @Test
    void an_officer_already_signed_in_is_told_so_and_the_new_code_stays_unused() {
        String first = codeShownAtThePost(post);
        String second = codeShownAtThePost(post);
        SignIn.asOfficer(post, officer.id());
        AssignmentInfo in = attendance.signInWithCode(first);

        assertThatThrownBy(() -> attendance.signInWithCode(second)).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("qr.alreadyIn");
            assertThat(e.args()).containsExactly(id.go.jakarta.deskpilkada.base.time.Wib.time(in.signedInAt()));
        });
    }

    @Test
    void an_expired_code_is_refused() {
        String old = tokens.issue(
                post, shift.shift().id(), shift.day(), Instant.now().minusSeconds(61));
        SignIn.asOfficer(post, officer.id());

        assertThatThrownBy(() -> attendance.signInWithCode(old))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("qr.expired"));
    }

    @Test
    void a_code_of_another_post_is_refused_with_both_posts_named() {
        DutyFixture.Placed elsewhere =
                fixture.shift("JAKTIM", Duration.ofMinutes(-5), Duration.ofHours(3), Map.of(PostRole.OPERATOR, 1));
        String other =
                tokens.issue(fixture.post("JAKTIM").id(), elsewhere.shift().id(), elsewhere.day(), Instant.now());
        SignIn.asOfficer(post, officer.id());

        assertThatThrownBy(() -> attendance.signInWithCode(other)).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("qr.otherPost");
            assertThat(e.args()).containsExactly("Posko Jakarta Timur", "Posko Jakarta Selatan");
        });
    }

    @Test
    void a_forged_signature_is_refused() {
        String token = codeShownAtThePost(post);
        String[] parts = token.split("\\.");
        // Claim another shift with the old signature.
        String forged = String.join(
                ".",
                parts[0],
                parts[1],
                String.valueOf(shift.shift().id() + 1),
                parts[3],
                parts[4],
                parts[5],
                parts[6]);
        SignIn.asOfficer(post, officer.id());

        assertThatThrownBy(() -> attendance.signInWithCode(forged))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("qr.forged"));
        assertThatThrownBy(() -> attendance.signInWithCode("not-a-code"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("qr.malformed"));
    }

    @Test
    void an_officer_not_rostered_on_that_shift_is_refused() {
        OfficerInfo stranger = fixture.officer("JAKSEL", PostRole.OPERATOR, "INSPEKTORAT");
        String token = codeShownAtThePost(post);
        SignIn.asOfficer(post, stranger.id());

        assertThatThrownBy(() -> attendance.signInWithCode(token))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("qr.notRostered"));
    }
}
