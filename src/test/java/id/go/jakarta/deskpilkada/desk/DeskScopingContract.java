package id.go.jakarta.deskpilkada.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.InitialPassword;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostForm;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows per desk (docs/desks.md): a desk's services see only its own rows, and the database refuses
 * a row of one desk that points at another desk's row.
 */
public abstract class DeskScopingContract {

    @Autowired
    protected DeskService desks;

    @Autowired
    protected WorkingDesk working;

    @Autowired
    protected PostSetupService posts;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected ElectionService elections;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** West Java's desk, with one post of its own written straight into the database. */
    private long westJavaWithAPost(String code) {
        long desk = CurrentActor.asSystem(() -> desks.open("32")).id();
        jdbc.sql("insert into posko (code, name, level, wilayah_code, address, sort_order, alert_level, desk_id) "
                        + "values (:code, 'Posko Uji Jawa Barat', 'WILAYAH', '32.73', 'Bandung', 99, 'NORMAL', :desk)")
                .param("code", code)
                .param("desk", desk)
                .update();
        return desk;
    }

    private long postId(String code) {
        return jdbc.sql("select id from posko where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    @Test
    void a_post_of_another_desk_is_neither_listed_nor_found_nor_changed_and_its_own_desk_sees_only_it() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long westJava = westJavaWithAPost(code);
        long id = postId(code);

        List<PoskoTile> here = CurrentActor.asSystem(posts::all);
        assertThat(here).extracting(PoskoTile::code).doesNotContain(code).isNotEmpty();
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> posts.setActive(id, 0, false)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.notFound"));

        List<PoskoTile> there = CurrentActor.as(Actor.SYSTEM.inDesk(westJava), posts::all);
        assertThat(there).extracting(PoskoTile::code).contains(code);
        assertThat(there)
                .extracting(PoskoTile::id)
                .doesNotContainAnyElementsOf(here.stream().map(PoskoTile::id).toList());
    }

    @Test
    void the_database_refuses_a_row_of_one_desk_that_points_at_another_desks_post() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        westJavaWithAPost(code);
        long foreignPost = postId(code);

        assertThatThrownBy(() -> jdbc.sql(
                                "insert into shift_template (posko_id, name, start_time, end_time, "
                                        + "sort_order, desk_id) values (:post, 'Sif uji', time '07:00:00', time '15:00:00', 1, :desk)")
                        .param("post", foreignPost)
                        .param("desk", working.id())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_post_code_that_another_desk_holds_is_refused_as_taken_and_nothing_is_saved() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        westJavaWithAPost(code);
        int before = CurrentActor.asSystem(posts::all).size();

        assertThatThrownBy(() -> CurrentActor.asSystem(() -> posts.create(
                        new PostForm(code, "Posko kode kembar", PoskoLevel.WILAYAH, "31.71", "Gambir", 98))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("posko.setup.code.taken"));
        assertThat(CurrentActor.asSystem(posts::all)).hasSize(before);
    }

    @Test
    void an_election_belongs_to_its_regions_desk_and_di_yogyakartas_governor_is_refused() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LocalDate day = LocalDate.of(2029, 11, 28);
        List<StageInfo> stages = List.of(new StageInfo(1, "Pemungutan suara", day, day, true));

        long electionId = CurrentActor.asSystem(() -> elections.create(new ElectionService.NewElection(
                        code, "Pemilihan Bupati Bogor uji", "32.01", false, false, stages)))
                .id();

        long bogor = desks.find("32.01").orElseThrow().id();
        assertThat(jdbc.sql("select desk_id from election where id = :id")
                        .param("id", electionId)
                        .query(Long.class)
                        .single())
                .isEqualTo(bogor);
        assertThat(desks.find("32.01").orElseThrow().holdsElection()).isTrue();
        assertThat(desks.find("32").orElseThrow().id())
                .isEqualTo(desks.find("32.01").orElseThrow().parentId());
        assertThatThrownBy(() -> CurrentActor.asSystem(() -> elections.create(new ElectionService.NewElection(
                        code + "-DIY", "Pemilihan Gubernur DIY uji", "34", false, false, stages))))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("desk.region.noElection"));
    }

    @Test
    void an_account_made_in_a_desk_works_there_and_another_desks_admin_neither_lists_nor_changes_it() {
        long westJava = CurrentActor.asSystem(() -> desks.open("32")).id();
        String username = "sekda.uji." + UUID.randomUUID().toString().substring(0, 6);
        Actor westJavaAdmin = new Actor("admin.jabar", "Admin Jabar", Role.ADMIN, null, null, null, false, westJava);

        InitialPassword made = CurrentActor.as(
                westJavaAdmin, () -> accounts.create(new NewAccount(username, "Sekda uji", Role.PIMPINAN, null, null)));

        assertThat(SignIn.as(context, username).actor().deskId()).isEqualTo(westJava);
        SignIn.out();
        assertThat(CurrentActor.as(westJavaAdmin, accounts::list))
                .extracting(a -> a.username())
                .contains(username);
        assertThat(CurrentActor.asSystem(accounts::list))
                .extracting(a -> a.username())
                .doesNotContain(username);
        assertThatThrownBy(() -> CurrentActor.asSystem(
                        () -> accounts.setEnabled(made.account().id(), false, 0)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("account.notFound"));
    }
}
