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
}
