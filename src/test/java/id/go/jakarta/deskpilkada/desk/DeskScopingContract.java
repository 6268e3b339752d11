package id.go.jakarta.deskpilkada.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.RowsWrittenBySql;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.DeskChoice;
import id.go.jakarta.deskpilkada.account.DeskRoleInfo;
import id.go.jakarta.deskpilkada.account.DeskRoleService;
import id.go.jakarta.deskpilkada.account.InitialPassword;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.cluster.DeskCopies;
import id.go.jakarta.deskpilkada.base.cluster.LiveEnvelope;
import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.cluster.LiveSignal;
import id.go.jakarta.deskpilkada.base.cluster.LiveSnapshots;
import id.go.jakarta.deskpilkada.base.data.DeskRounds;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.AccountGuard;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.device.DevicesChanged;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.StageInfo;
import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.CategoryService;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoAlertLevelChanged;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.PostForm;
import id.go.jakarta.deskpilkada.posko.PostSetupService;
import id.go.jakarta.deskpilkada.posko.PostsChanged;
import id.go.jakarta.deskpilkada.situation.PairedScreen;
import id.go.jakarta.deskpilkada.situation.WallModelService;
import id.go.jakarta.deskpilkada.situation.WallPictures;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
    protected ExerciseMode mode;

    @Autowired
    protected DeskRounds rounds;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected WallScreenService wallScreens;

    @Autowired
    protected WallModelService walls;

    @Autowired
    protected LiveEventBus bus;

    @Autowired
    protected LiveSnapshots snapshots;

    @Autowired
    protected DeskCopies copies;

    @Autowired
    protected IssueService issues;

    @Autowired
    protected CategoryService categories;

    @Autowired
    protected PlatformTransactionManager transactions;

    @Autowired
    protected DeskRoleService deskRoles;

    @Autowired
    protected AccountGuard guard;

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
        RowsWrittenBySql.announce(snapshots, bus);
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

    @Test
    void an_exercise_in_one_desk_leaves_another_desks_active_election_mode_and_real_data_alone() {
        long jakarta = working.id();
        long jakartaElection =
                CurrentActor.asSystem(elections::active).orElseThrow().id();
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LocalDate day = LocalDate.now().plusDays(60);
        List<StageInfo> stages = List.of(new StageInfo(1, "Pemungutan suara", day, day, true));
        ElectionInfo bogorReal = CurrentActor.asSystem(() -> elections.create(
                new ElectionService.NewElection(code, "Pemilihan Bupati Bogor uji", "32.01", false, false, stages)));
        ElectionInfo drill = CurrentActor.asSystem(
                () -> elections.createExercise(bogorReal.id(), code + "-L", "Latihan Bogor uji", day));
        long bogor = desks.find("32.01").orElseThrow().id();
        Actor jakartaLeader = new Actor("sekda", "Sekda", Role.PIMPINAN, null, null, null, false, jakarta);
        try {
            CurrentActor.asSystem(() -> elections.activate(drill.id()));

            assertThat(mode.exercise(bogor)).as("Bogor's desk rehearses").isTrue();
            assertThat(mode.exercise(jakarta)).as("Jakarta's desk stays real").isFalse();
            assertThat(CurrentActor.as(jakartaLeader, elections::active))
                    .map(ElectionInfo::id)
                    .contains(jakartaElection);
            assertThat(CurrentActor.as(Actor.SYSTEM.inDesk(bogor), elections::active))
                    .map(ElectionInfo::id)
                    .contains(drill.id());
            assertThat(rounds.desks()).as("the watches visit both desks").contains(jakarta, bogor);
            assertThat(jdbc.sql("select count(*) from election where active and desk_id in (:a, :b)")
                            .param("a", jakarta)
                            .param("b", bogor)
                            .query(Long.class)
                            .single())
                    .isEqualTo(2L);
            assertThatThrownBy(
                            () -> jdbc.sql("update election set active = true, active_in_desk = desk_id where id = :id")
                                    .param("id", bogorReal.id())
                                    .update())
                    .as("the database holds one active election per desk")
                    .isInstanceOf(DataIntegrityViolationException.class);

            // Jakarta's work while Bogor rehearses is real: its alert history says so.
            PoskoTile post = CurrentActor.as(jakartaLeader, posko::tiles).getFirst();
            AlertLevel before = post.alertLevel();
            AlertLevel other = before == AlertLevel.SIAGA ? AlertLevel.NORMAL : AlertLevel.SIAGA;
            PoskoTile changed = CurrentActor.as(
                    jakartaLeader, () -> posko.changeAlertLevel(post.id(), other, "Uji desk nyata", post.version()));
            assertThat(changed.alertLevel()).isEqualTo(other);
            assertThat(jdbc.sql("select exercise from posko_alert_change where posko_id = :p order by id desc")
                            .param("p", post.id())
                            .query(Boolean.class)
                            .list()
                            .getFirst())
                    .isFalse();
            CurrentActor.as(
                    jakartaLeader, () -> posko.changeAlertLevel(post.id(), before, "Uji selesai", changed.version()));
        } finally {
            CurrentActor.asSystem(() -> elections.deactivate(drill.id()));
        }
        assertThat(mode.exercise(bogor)).isFalse();
        assertThat(working.id())
                .as("with Bogor's election ended, Jakarta's is the working desk again")
                .isEqualTo(jakarta);
    }

    @Test
    void a_wall_screen_of_another_desk_signs_in_across_desks_and_sees_only_its_own_desk_woken_by_its_events()
            throws Exception {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long westJava = westJavaWithAPost(code);
        long jakarta = working.id();
        Actor westJavaAdmin = new Actor("admin.jabar", "Admin Jabar", Role.ADMIN, null, null, null, false, westJava);
        Actor westJavaLeader =
                new Actor("sekda.jabar", "Sekda Jabar", Role.PIMPINAN, null, null, null, false, westJava);
        PairedScreen paired = CurrentActor.as(westJavaAdmin, () -> wallScreens.pair("Layar Jabar " + code));

        assertThat(wallScreens.authenticate(paired.token()))
                .as("looked up in the working desk only, another desk's screen is unknown")
                .isEmpty();
        DeskUser screen = CurrentActor.acrossDesks(() -> wallScreens.authenticate(paired.token()))
                .orElseThrow();
        assertThat(screen.actor().deskId()).isEqualTo(westJava);

        JsonMapper json = JsonMapper.builder().build();
        JsonNode westJavaWall =
                json.readTree(CurrentActor.as(screen.actor(), walls::rebuild).in(Locale.ENGLISH));
        assertThat(westJavaWall
                        .get("posts")
                        .valueStream()
                        .map(p -> p.get("code").asString()))
                .contains(code)
                .allSatisfy(c -> assertThat(CurrentActor.asSystem(posko::tiles))
                        .extracting(PoskoTile::code)
                        .doesNotContain(c));
        JsonNode jakartaWall =
                json.readTree(CurrentActor.asSystem(walls::rebuild).in(Locale.ENGLISH));
        assertThat(jakartaWall.get("posts").valueStream().map(p -> p.get("code").asString()))
                .isNotEmpty()
                .doesNotContain(code);

        // West Java's alert change travels as West Java's event and wakes West Java's wall.
        List<LiveEnvelope> seen = new CopyOnWriteArrayList<>();
        List<WallPictures> westJavaPictures = new CopyOnWriteArrayList<>();
        Runnable stopBus = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a && a.envelope().event() instanceof PoskoAlertLevelChanged) {
                seen.add(a.envelope());
            }
        });
        Runnable stopWall = CurrentActor.as(screen.actor(), () -> walls.subscribe(westJavaPictures::add));
        try {
            PoskoTile post = CurrentActor.as(westJavaLeader, posko::tiles).getFirst();
            CurrentActor.as(
                    westJavaLeader,
                    () -> posko.changeAlertLevel(post.id(), AlertLevel.AWAS, "Uji desk Jawa Barat", post.version()));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> !seen.isEmpty()
                            && westJavaPictures.stream()
                                    .anyMatch(p -> p.in(Locale.ENGLISH).contains("\"AWAS\"")));
            LiveEnvelope event = seen.getFirst();
            assertThat(event.desk()).isEqualTo(westJava);
            assertThat(event.concerns(jakarta))
                    .as("Jakarta's walls are not woken")
                    .isFalse();
        } finally {
            stopBus.run();
            stopWall.run();
        }
        assertThat(json.readTree(CurrentActor.asSystem(walls::rebuild).in(Locale.ENGLISH))
                        .get("posts")
                        .valueStream()
                        .map(p -> p.get("code").asString()))
                .doesNotContain(code);
    }

    @Test
    void each_desk_keeps_its_own_issue_categories_and_a_desk_opened_later_starts_with_its_parents() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long westJava = westJavaWithAPost(code);
        Actor westJavaAdmin = new Actor("admin.jabar", "Admin Jabar", Role.ADMIN, null, null, null, false, westJava);
        List<CategoryInfo> jakartaBefore = CurrentActor.asSystem(issues::categories);
        String added = "JABAR_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        CurrentActor.as(westJavaAdmin, () -> categories.create(added, "Kategori Jabar " + added));
        CategoryInfo first = CurrentActor.as(westJavaAdmin, issues::categories).getFirst();
        CurrentActor.as(
                westJavaAdmin, () -> categories.rename(first.id(), first.version(), first.name() + " " + added));

        List<CategoryInfo> westJavaSet = CurrentActor.as(westJavaAdmin, issues::categories);
        assertThat(westJavaSet).extracting(CategoryInfo::code).contains(added);
        assertThat(CurrentActor.asSystem(issues::categories))
                .as("West Java's admin changed West Java's categories only")
                .isEqualTo(jakartaBefore)
                .extracting(CategoryInfo::id)
                .doesNotContainAnyElementsOf(
                        westJavaSet.stream().map(CategoryInfo::id).toList());
        CategoryInfo jakartas = jakartaBefore.getFirst();
        assertThatThrownBy(() -> CurrentActor.as(
                        westJavaAdmin, () -> categories.rename(jakartas.id(), jakartas.version(), "Bukan milik Jabar")))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("categories.notFound"));
        assertThatThrownBy(() -> jdbc.sql("insert into issue (title, category_id, severity, severity_rank, status, "
                                + "wilayah_code, source, reporter, posko_id, reported_at, reported_day, updated_at, "
                                + "desk_id) values ('Isu lintas kategori', :category, 'SEDANG', 1, 'BARU', '32.73', "
                                + "'POSKO', 'Uji', :post, current_timestamp, current_date, current_timestamp, :desk)")
                        .param("category", jakartas.id())
                        .param("post", postId(code))
                        .param("desk", westJava)
                        .update())
                .as("the database refuses an issue filed under another desk's category")
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e ->
                        assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("issue_category_same_desk_fk"));

        // A desk opened now under West Java starts with West Java's set as it is, in the transaction
        // that opens it. (Every kabupaten/kota may already have its desk here: the desk's row is
        // written as DeskService writes it, the opening announced, and all of it rolled back.)
        List<List<Object>> westJavaRows = categoryRows(westJava);
        assertThat(westJavaRows).extracting(r -> r.getFirst()).contains(added);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            String region = jdbc.sql("select min(code) from wilayah where code like '32.73.__'")
                    .query(String.class)
                    .single();
            jdbc.sql("insert into desk (code, level, parent_id, region_code, holds_election, opened_at) "
                            + "values (:code, 'KABKOTA', :parent, :code, true, current_timestamp)")
                    .param("code", region)
                    .param("parent", westJava)
                    .update();
            long opened = jdbc.sql("select id from desk where code = :code")
                    .param("code", region)
                    .query(Long.class)
                    .single();
            context.publishEvent(new DesksOpened(List.of(opened)));
            assertThat(categoryRows(opened)).isEqualTo(westJavaRows);
            tx.setRollbackOnly();
        });
    }

    /** A desk's categories as rows of (code, name, place, active), in order. */
    private List<List<Object>> categoryRows(long desk) {
        return jdbc.sql("select code, name, sort_order, active from issue_category where desk_id = :desk "
                        + "order by sort_order, code")
                .param("desk", desk)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    @Test
    void the_system_rounds_stop_between_two_desks_once_the_application_begins_to_shut_down() {
        List<Long> visited = new CopyOnWriteArrayList<>();
        rounds.each("Uji putaran", visited::add);
        assertThat(visited).as("a round visits the desks it owns").contains(working.id());

        List<Long> cut = new CopyOnWriteArrayList<>();
        List<Long> whileStopped = new CopyOnWriteArrayList<>();
        try {
            rounds.each("Uji putaran", desk -> {
                cut.add(desk);
                rounds.stop();
            });
            rounds.each("Uji putaran", whileStopped::add);
        } finally {
            rounds.start();
        }
        assertThat(cut)
                .as("stopped during its first desk, the round goes no further")
                .hasSize(1);
        assertThat(whileStopped).isEmpty();
        assertThat(rounds.isRunning()).isTrue();
    }

    @Test
    void another_desks_posts_are_read_again_only_after_its_own_change_of_them_and_a_cameras_report_reloads_none() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long westJava = westJavaWithAPost(code);
        long id = postId(code);
        Actor westJavaLeader =
                new Actor("sekda.jabar", "Sekda Jabar", Role.PIMPINAN, null, null, null, false, westJava);
        assertThat(working.id()).isNotEqualTo(westJava);

        assertThat(CurrentActor.as(westJavaLeader, posko::tiles))
                .extracting(PoskoTile::code)
                .contains(code);
        CurrentActor.as(westJavaLeader, issues::counts);
        Map<String, Long> before = copies.loads();
        assertThat(CurrentActor.as(westJavaLeader, posko::tiles))
                .extracting(PoskoTile::code)
                .contains(code);
        CurrentActor.as(westJavaLeader, posko::tiles);
        CurrentActor.as(westJavaLeader, issues::counts);
        assertThat(copies.loads())
                .as("read again without a change: this node's copies answer")
                .isEqualTo(before);

        // A monitoring script's camera report in West Java moves neither its posts nor its issues.
        heard(westJava, new DevicesChanged(id, 0, false));
        CurrentActor.as(westJavaLeader, posko::tiles);
        CurrentActor.as(westJavaLeader, issues::counts);
        assertThat(copies.loads()).isEqualTo(before);
        // Jakarta's post change is not West Java's.
        long jakartaPost = CurrentActor.asSystem(posko::tiles).getFirst().id();
        heard(working.id(), new PostsChanged(List.of(jakartaPost)));
        CurrentActor.as(westJavaLeader, posko::tiles);
        assertThat(copies.loads()).isEqualTo(before);

        // West Java's own alert change: its posts are read again, and show it.
        PoskoTile post = CurrentActor.as(westJavaLeader, posko::tiles).stream()
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
        CurrentActor.as(
                westJavaLeader, () -> posko.changeAlertLevel(id, AlertLevel.SIAGA, "Uji salinan desk", post.version()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> CurrentActor.as(westJavaLeader, posko::tiles).stream()
                        .anyMatch(t -> t.id() == id && t.alertLevel() == AlertLevel.SIAGA));
        assertThat(copies.loads().get("posts")).isGreaterThan(before.get("posts"));
        assertThat(copies.loads().get("issue counts"))
                .as("an alert change is not an issue's")
                .isEqualTo(before.get("issue counts"));
    }

    /** Publishes an event as committed in that desk and waits until this node has heard it. */
    private void heard(long desk, LiveEvent event) {
        List<LiveEnvelope> arrived = new CopyOnWriteArrayList<>();
        Runnable stop = bus.subscribe(signal -> {
            if (signal instanceof LiveSignal.Arrived a && a.envelope().event().equals(event)) {
                arrived.add(a.envelope());
            }
        });
        try {
            CurrentActor.nobodyIn(desk, () -> {
                context.publishEvent(event);
                return null;
            });
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !arrived.isEmpty());
            assertThat(arrived.getFirst().desk()).isEqualTo(desk);
        } finally {
            stop.run();
        }
    }

    @Test
    void a_person_given_a_role_in_another_desk_switches_to_it_sees_only_its_rows_and_loses_it_when_revoked() {
        String code = "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long westJava = westJavaWithAPost(code);
        long jakarta = working.id();
        String username = "penghubung.uji." + UUID.randomUUID().toString().substring(0, 6);
        Actor jakartaAdmin = new Actor("admin.dki", "Admin DKI", Role.ADMIN, null, null, null, false, jakarta);
        Actor westJavaAdmin = new Actor("admin.jabar", "Admin Jabar", Role.ADMIN, null, null, null, false, westJava);
        CurrentActor.as(
                Actor.SYSTEM.inDesk(jakarta),
                () -> accounts.create(
                        new NewAccount(username, "Penghubung uji", Role.PIMPINAN, null, null), "KataSandiPanjang1"));

        DeskRoleInfo granted =
                CurrentActor.as(westJavaAdmin, () -> deskRoles.grant(username, Role.BAKESBANGPOL, null, null));
        assertThat(granted.homeDesk()).isEqualTo("Daerah Khusus Ibukota Jakarta");
        assertThatThrownBy(() ->
                        CurrentActor.as(westJavaAdmin, () -> deskRoles.grant(username, Role.PIMPINAN, null, null)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("deskRole.exists"));
        assertThatThrownBy(
                        () -> CurrentActor.as(jakartaAdmin, () -> deskRoles.grant(username, Role.PIMPINAN, null, null)))
                .as("an account of this desk changes its role in Accounts")
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("deskRole.account.here"));
        assertThat(CurrentActor.as(jakartaAdmin, deskRoles::list))
                .as("Jakarta's admin does not see West Java's grants")
                .extracting(DeskRoleInfo::username)
                .doesNotContain(username);

        DeskUser home = SignIn.as(context, username);
        assertThat(deskRoles.choices())
                .extracting(DeskChoice::deskId, DeskChoice::role, DeskChoice::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(jakarta, Role.PIMPINAN, true),
                        org.assertj.core.groups.Tuple.tuple(westJava, Role.BAKESBANGPOL, false));
        DeskUser there = deskRoles.switchTo(westJava, home);
        assertThat(there.actor().deskId()).isEqualTo(westJava);
        assertThat(there.actor().role()).isEqualTo(Role.BAKESBANGPOL);
        assertThat(there.signedInAt()).as("the same sign-in").isEqualTo(home.signedInAt());
        assertThat(CurrentActor.as(there.actor(), posko::tiles))
                .extracting(PoskoTile::code)
                .contains(code)
                .doesNotContainAnyElementsOf(CurrentActor.as(home.actor(), posko::tiles).stream()
                        .map(PoskoTile::code)
                        .toList());
        long elsewhere = CurrentActor.asSystem(() -> desks.open("33")).id();
        assertThatThrownBy(() -> deskRoles.switchTo(elsewhere, home))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("deskRole.switch.forbidden"));
        SignIn.out();

        CurrentActor.as(westJavaAdmin, () -> {
            deskRoles.revoke(granted.id(), granted.version());
            return null;
        });
        assertThat(guard.isRevoked(there))
                .as("the session working in West Java ends")
                .isTrue();
        SignIn.as(context, username);
        assertThat(deskRoles.choices()).extracting(DeskChoice::deskId).containsExactly(jakarta);
    }
}
