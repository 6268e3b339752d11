package id.go.jakarta.deskpilkada.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostForm;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** A new post gets its shifts by copying another post's, one post or every post without shifts at once. */
@SpringBootTest
@ActiveProfiles("test")
class ShiftCopyTests {

    @Autowired
    ShiftService shifts;

    @Autowired
    PostSetupService postSetup;

    @Autowired
    PoskoService posko;

    @Autowired
    ApplicationContext context;

    @Autowired
    id.go.jakarta.deskpilkada.audit.AuditService audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long post(String code) {
        return posko.tiles().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** Switches the new post's shifts off and retires it: the other tests see the demo desk. */
    private void remove(PoskoTile added) {
        SignIn.as(context, "admin");
        shifts.shiftsOf(added.id()).stream()
                .filter(ShiftInfo::active)
                .forEach(s -> shifts.setActive(s.id(), s.version(), false));
        PoskoTile now = postSetup.all().stream()
                .filter(p -> p.id() == added.id())
                .findFirst()
                .orElseThrow();
        postSetup.setActive(now.id(), now.version(), false);
    }

    @Test
    void copying_a_posts_shifts_adds_each_once_with_its_hours_and_headcounts() {
        SignIn.as(context, "admin");
        PoskoTile added = postSetup.create(
                new PostForm("KEC-CEMPAKA-PUTIH", "Posko Cempaka Putih", PoskoLevel.WILAYAH, "31.71.05", "", 80));
        try {
            List<ShiftInfo> source = shifts.shiftsOf(post("JAKPUS")).stream()
                    .filter(ShiftInfo::active)
                    .toList();

            ShiftService.ShiftCopy first = shifts.copyShifts(post("JAKPUS"), added.id());
            ShiftService.ShiftCopy again = shifts.copyShifts(post("JAKPUS"), added.id());

            assertThat(first.copied()).isEqualTo(source.size()).isPositive();
            assertThat(again.copied()).isZero();
            assertThat(again.skipped()).isEqualTo(source.size());
            assertThat(shifts.shiftsOf(added.id()))
                    .extracting(ShiftInfo::name, ShiftInfo::start, ShiftInfo::end, ShiftInfo::required)
                    .containsExactlyElementsOf(source.stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.name(), s.start(), s.end(), s.required()))
                            .toList());
            assertThat(audit.recent("shift", 50))
                    .as("each copied shift is on the trail")
                    .filteredOn(e -> e.label().startsWith("Posko Cempaka Putih · "))
                    .hasSize(source.size())
                    .allSatisfy(e -> assertThat(e.action()).isEqualTo("created"));
            assertThat(shifts.dailyRequired().get(added.id()))
                    .isEqualTo(shifts.dailyRequired().get(post("JAKPUS")));
        } finally {
            remove(added);
        }
    }

    @Test
    void an_admin_fills_every_post_without_shifts_and_a_chief_may_not_copy_into_another_post() {
        SignIn.as(context, "admin");
        PoskoTile added = postSetup.create(
                new PostForm("KEC-JOHAR-BARU", "Posko Johar Baru", PoskoLevel.WILAYAH, "31.71.07", "", 81));
        try {
            ShiftService.ShiftCopy all = shifts.copyShiftsToPostsWithout(post("JAKUT"));
            assertThat(all.posts()).isEqualTo(1);
            assertThat(shifts.shiftsOf(added.id())).isNotEmpty();

            SignIn.as(context, "ketua.jakpus");
            assertThatThrownBy(() -> shifts.copyShifts(post("JAKPUS"), post("JAKUT")))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
            assertThatThrownBy(() -> shifts.copyShifts(post("JAKPUS"), post("JAKPUS")))
                    .isInstanceOfSatisfying(
                            DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("shift.copy.same"));
        } finally {
            remove(added);
        }
    }
}
