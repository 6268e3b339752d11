package id.go.jakarta.deskpilkada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.DeskRoleService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.data.WorkingDesk;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.base.security.WallScreenCookie;
import id.go.jakarta.deskpilkada.base.security.ui.LoginView;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.ErrorView;
import id.go.jakarta.deskpilkada.base.ui.NotFoundView;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.device.CameraProblem;
import id.go.jakarta.deskpilkada.device.CameraSnapshot;
import id.go.jakarta.deskpilkada.device.CameraSnapshots;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.DutyFixture;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftForm;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.exercise.ExerciseService;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueForwardService;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueIntake;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportDrills;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.ReportText;
import id.go.jakarta.deskpilkada.rollup.RollupService;
import id.go.jakarta.deskpilkada.situation.WallPanelKind;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import id.go.jakarta.deskpilkada.situation.WallSettingsService;
import id.go.jakarta.deskpilkada.staff.NewOfficer;
import id.go.jakarta.deskpilkada.staff.OfficerForm;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The authorization matrix: every role against every screen, every HTTP endpoint and every
 * state-changing service action, each cell compared with the table written here (the tables are the
 * specification; a screen or service method missing from them fails the test). It runs on a
 * database of its own, because some actions change what every screen shows (alert levels, the
 * wall's playlist, elections).
 *
 * <p>Columns, in this order everywhere: {@link Who}. A KETUA or PETUGAS belongs to Jakarta Pusat;
 * the rows "... other post" act on Jakarta Utara's data, so they check scope, not only the role.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = "desk.test.context=authorization-matrix")
class AuthorizationMatrixTests extends KaribuTest {

    /** Who acts: the columns of every table. */
    enum Who {
        ANONYMOUS(null),
        ADMIN("admin"),
        PIMPINAN("sekda"),
        KETUA("ketua.jakpus"),
        KETUA_PROVINSI("ketua.balaikota"),
        PETUGAS("petugas.jakpus"),
        FORKOPIMDA("polda"),
        BAKESBANGPOL("bakesbangpol"),
        LAYAR(null),
        INTEGRASI(null);

        final String account;

        Who(String account) {
            this.account = account;
        }
    }

    private static final String GAMBIR = "31.71.01.1001"; // Jakarta Pusat
    private static final String KELAPA_GADING_TIMUR = "31.72.06.1001"; // Jakarta Utara
    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    IssueService issues;

    @Autowired
    IssueIntake intake;

    @Autowired
    AttachmentService attachments;

    @Autowired
    MediaService media;

    @Autowired
    JournalService journal;

    @Autowired
    PoskoService posko;

    @Autowired
    RollupService rollups;

    @Autowired
    IssueForwardService forwards;

    @Autowired
    DeviceService devices;

    @Autowired
    ShiftService shifts;

    @Autowired
    RosterService roster;

    @Autowired
    AttendanceService attendance;

    @Autowired
    StaffService staff;

    @Autowired
    ReportService reports;

    @Autowired
    ReportDrills drills;

    @Autowired
    ElectionService elections;

    @Autowired
    id.go.jakarta.deskpilkada.audit.AuditService audit;

    @Autowired
    id.go.jakarta.deskpilkada.setup.SetupService setup;

    @Autowired
    id.go.jakarta.deskpilkada.posko.PostSetupService postSetup;

    private static id.go.jakarta.deskpilkada.posko.PostForm matrixPost() {
        return new id.go.jakarta.deskpilkada.posko.PostForm(
                "MATRIKS-" + SERIAL.incrementAndGet(), "Posko matriks", PoskoLevel.WILAYAH, "31.71.01", "", 90);
    }

    private PoskoTile retiredMatrixPost() {
        PoskoTile added = postSetup.create(matrixPost());
        return postSetup.setActive(added.id(), added.version(), false);
    }

    private static id.go.jakarta.deskpilkada.election.ElectionSetup matrixElection() {
        return new id.go.jakarta.deskpilkada.election.ElectionSetup(
                "Uji matriks " + SERIAL.incrementAndGet(),
                id.go.jakarta.deskpilkada.election.ElectionKind.GUBERNUR,
                "32",
                LocalDate.of(2030, 6, 27),
                null);
    }

    @Autowired
    id.go.jakarta.deskpilkada.staff.UnitService unitSetup;

    @Autowired
    id.go.jakarta.deskpilkada.issues.CategoryService categorySetup;

    private id.go.jakarta.deskpilkada.staff.UnitInfo matrixUnit() {
        int n = SERIAL.incrementAndGet();
        return unitSetup.create(
                "UJI_" + n,
                new id.go.jakarta.deskpilkada.staff.UnitForm(
                        "Dinas Uji Matriks " + n, "Uji " + n, id.go.jakarta.deskpilkada.staff.UnitKind.SKPD));
    }

    private id.go.jakarta.deskpilkada.issues.CategoryInfo matrixCategory() {
        int n = SERIAL.incrementAndGet();
        return categorySetup.create("UJI_" + n, "Kategori uji matriks " + n);
    }

    private static java.io.InputStream file(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    @Autowired
    ExerciseService exercise;

    @Autowired
    IntegrationService integrations;

    @Autowired
    WallScreenService screens;

    @Autowired
    WallSettingsService wallSettings;

    @Autowired
    CameraSourceService cameraSources;

    @Autowired
    DeskService desks;

    @Autowired
    DeskRoleService deskRoles;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    WorkingDesk working;

    @Autowired
    CameraSnapshots snapshots;

    private DutyFixture duty;
    private final Map<Who, DeskUser> principals = new EnumMap<>(Who.class);
    private String screenToken = "";
    private String apiToken = "";
    private String revokedApiToken = "";

    @BeforeEach
    void principals() {
        duty = new DutyFixture(staff, shifts, posko);
        if (!principals.isEmpty()) {
            return;
        }
        for (Who who : Who.values()) {
            if (who.account != null) {
                principals.put(who, (DeskUser) accounts.loadUserByUsername(who.account));
            }
        }
        screenToken = CurrentActor.asSystem(() -> screens.pair("Layar matriks " + SERIAL.incrementAndGet()))
                .token();
        principals.put(Who.LAYAR, screens.authenticate(screenToken).orElseThrow());
        apiToken = CurrentActor.asSystem(() -> integrations.issue("Klien matriks " + SERIAL.incrementAndGet()))
                .token();
        principals.put(Who.INTEGRASI, integrations.authenticate(apiToken).orElseThrow());
        var revoked = CurrentActor.asSystem(() -> integrations.issue("Klien dicabut " + SERIAL.incrementAndGet()));
        CurrentActor.asSystem(() -> integrations.revoke(revoked.client().id()));
        revokedApiToken = revoked.token();
    }

    // ==== (a) screens ================================================================================

    /**
     * Every route, with a sample address, and what each column gets: O the screen opens, D the
     * not-found page (a route the role may not open says the same as one that does not exist),
     * N the screen's own "not found or not yours" (scope), E the error page, L the login page.
     * Placeholders in braces are filled from the fixtures made for this test.
     */
    private static final List<RouteCell> ROUTES = List.of(
            //                                                                     AN AD PI KE KP PE FO BA LA IN
            route("", "", "L O O O O O O O D D"),
            route("login", "login", "O O O O O O O O O O"),
            route("layar/pasang", "layar/pasang", "O O O O O O O O O O"),
            route("tentang", "tentang", "O O O O O O O O O O"),
            route("sandi", "sandi", "L O O O O O O O D D"),
            route("layar", "layar", "L O O D D D D D O D"),
            route("situasi", "situasi", "L O O D D D D D D D"),
            route("rekap/:code?", "rekap", "L O O D D D O O D D"),
            route("terusan/:id?", "terusan", "L O O D D D D O D D"),
            route("terusan/:id?", "terusan/{forwardJakarta}", "L O O D D D D O D D"),
            route("rekap/:code?", "rekap/{jakartaDesk}", "L O O D D D O O D D"),
            route("layar/rekap/:code?", "layar/rekap", "L O O D D D D D O D"),
            route("layar/rekap/:code?", "layar/rekap/{jakartaDesk}", "L O O D D D D D O D"),
            route("posko/:code", "posko/JAKPUS", "L D O O D D D D D D"),
            route("posko/:code", "posko/JAKUT", "L D O D D D D D D D"),
            route("admin/pengguna", "admin/pengguna", "L O D D D D D D D D"),
            route("admin/peran-desk", "admin/peran-desk", "L O D D D D D D D D"),
            route("admin/layar", "admin/layar", "L O D D D D D D D D"),
            route("admin/desk", "admin/desk", "L O D D D D D D D D"),
            route("admin/kamera", "admin/kamera", "L O D D D D D D D D"),
            route("admin/putaran", "admin/putaran", "L O D D D D D D D D"),
            route("admin/integrasi", "admin/integrasi", "L O D D D D D D D D"),
            route("admin/latihan", "admin/latihan", "L O D D D D D D D D"),
            route("admin/persiapan", "admin/persiapan", "L O D D D D D D D D"),
            route("admin/pemilihan", "admin/pemilihan", "L O D D D D D D D D"),
            route("admin/posko", "admin/posko", "L O D D D D D D D D"),
            route("admin/instansi", "admin/instansi", "L O D D D D D D D D"),
            route("admin/kategori", "admin/kategori", "L O D D D D D D D D"),
            route("admin/jejak", "admin/jejak", "L O D D D D D D D D"),
            route("jadwal", "jadwal", "L O O O O D D D D D"),
            route("jadwal/cetak/:posko/:monday", "jadwal/cetak/JAKPUS/{monday}", "L O O O E D D D D D"),
            route("jadwal/cetak/:posko/:monday", "jadwal/cetak/JAKUT/{monday}", "L O O E E D D D D D"),
            route("kehadiran", "kehadiran", "L O O O O D D D D D"),
            route("cakupan", "cakupan", "L O O O O D D D D D"),
            route("hadir/:token?", "hadir", "L D D O O O D D D D"),
            route("petugas", "petugas", "L O O O O D D D D D"),
            route("perangkat", "perangkat", "L O O O O O D D D D"),
            route("permasalahan", "permasalahan", "L O O O O O O O D D"),
            route("permasalahan/baru", "permasalahan/baru", "L D O O O O D D D D"),
            route("permasalahan/:id", "permasalahan/{issueJakpusReferredToPolda}", "L O O O O O O O D D"),
            route("permasalahan/:id", "permasalahan/{issueJakut}", "L O O N O N N O D D"),
            route("rujukan", "rujukan", "L D O O O D O D D D"),
            route("jurnal", "jurnal", "L D O O O O D D D D"),
            route("siaran-pers", "siaran-pers", "L O O O O O O O D D"),
            route("siaran-pers/draf", "siaran-pers/draf", "L D O O O O D O D D"),
            route("siaran-pers/tinjauan", "siaran-pers/tinjauan", "L D D D D D D O D D"),
            route("siaran-pers/naskah/:id?", "siaran-pers/naskah", "L D O O O O D O D D"),
            route("siaran-pers/naskah/:id?", "siaran-pers/naskah/{draftJakpus}", "L D O O N O D O D D"),
            route("siaran-pers/naskah/:id?", "siaran-pers/naskah/{draftJakut}", "L D O N N N D O D D"),
            route("laporan", "laporan", "L D O O O D D D D D"),
            route("laporan/:id", "laporan/{reportJakpus}", "L D O O O D D D D D"),
            route("laporan/:id", "laporan/{reportJakut}", "L D O D O D D D D D"),
            route("laporan/harian", "laporan/harian", "L D O D D D D D D D"),
            route("laporan/konsolidasi/:date", "laporan/konsolidasi/{today}", "L D O D O D D D D D"));

    @Test
    void every_route_of_the_application_is_in_the_screen_table() {
        Set<String> registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> !testOnly(r.getNavigationTarget()))
                .map(RouteData::getTemplate)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> scanned = scannedRoutes();
        Set<String> inTable = ROUTES.stream().map(RouteCell::template).collect(Collectors.toCollection(TreeSet::new));

        assertThat(registered).as("routes Vaadin knows").containsAll(scanned);
        assertThat(inTable)
                .as("every route in the table, and only routes that exist")
                .isEqualTo(registered);
        assertThat(registered).hasSizeGreaterThanOrEqualTo(31);
    }

    @Test
    void each_role_opens_exactly_the_screens_the_table_allows() {
        Map<String, String> samples = routeSamples();
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            KaribuSupport.tearDown();
            KaribuSupport.startUi(context);
            signInUi(who);
            for (RouteCell cell : ROUTES) {
                String path = fill(cell.sample(), samples);
                char expected = cell.expected(who);
                char got = open(path);
                if (got != expected) {
                    wrong.add(who + " /" + path + ": expected " + expected + ", got " + got);
                }
            }
        }
        assertThat(wrong).as("cells of the screen table that differ").isEmpty();
    }

    /**
     * The screens that show one of this desk's items (a post, an issue, a report, a statement, a
     * roster), opened by another desk's people and wall screen with this desk's addresses: none
     * opens (the item is not found, or the screen is not theirs). Screens without an item show the
     * caller's own desk and are left to the table above.
     */
    @Test
    void another_desks_people_and_screens_open_none_of_this_desks_items() {
        Map<String, String> samples = routeSamples();
        Map<String, DeskUser> others = westJavaPrincipals();
        others.remove("INTEGRASI"); // no screens for API clients
        List<String> opened = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, DeskUser> who : others.entrySet()) {
            KaribuSupport.tearDown();
            KaribuSupport.startUi(context);
            KaribuSupport.loginAs(who.getValue(), "");
            for (RouteCell cell : ROUTES) {
                // An item of this desk: a post's code, or an issue's, report's, statement's id (a
                // date alone, as in the consolidated report of a day, names no item).
                String withoutDates = cell.sample().replace("{today}", "").replace("{monday}", "");
                boolean ofAnItem =
                        withoutDates.contains("{") || withoutDates.contains("JAKPUS") || withoutDates.contains("JAKUT");
                if (!ofAnItem) {
                    continue;
                }
                String path = fill(cell.sample(), samples);
                tried++;
                if (open(path) == 'O') {
                    opened.add(who.getKey() + " /" + path);
                }
            }
        }
        assertThat(tried).as("thirteen addresses of items, seven principals").isEqualTo(7 * 13);
        assertThat(opened)
                .as("this desk's items opened by another desk's principals")
                .isEmpty();
    }

    private void signInUi(Who who) {
        switch (who) {
            case ANONYMOUS -> SignIn.out();
            case LAYAR, INTEGRASI -> KaribuSupport.loginAs(principals.get(who), "");
            default -> login(who.account);
        }
    }

    private static char open(String path) {
        UI ui = UI.getCurrent();
        ui.navigate(path);
        List<HasElement> chain = ui.getInternals().getActiveRouterTargetsChain();
        HasElement target = chain.getFirst();
        if (target instanceof LoginView && !path.equals("login")) {
            return 'L';
        }
        if (target instanceof NotFoundView) {
            return 'D';
        }
        if (target instanceof ErrorView) {
            return 'E';
        }
        boolean hidden = LocatorJ._find(Component.class).stream()
                .filter(c -> c.isVisible() && c instanceof HasText)
                .map(c -> ((HasText) c).getText())
                .anyMatch(text -> text.equals(ui.getTranslation("issueDetail.notFound.title"))
                        || text.equals(ui.getTranslation("media.editor.notFound")));
        // The roll-up of a desk out of reach, or a forwarding of another desk, says so in its own
        // words, naming what was asked for.
        boolean outOfReach = LocatorJ._find(Component.class).stream()
                .anyMatch(c -> c.isVisible()
                        && c instanceof HasStyle styled
                        && (styled.hasClassName("rollup-problem")
                                || styled.hasClassName("rollup-wall-problem")
                                || styled.hasClassName("forwarded-problem")));
        return hidden || outOfReach ? 'N' : 'O';
    }

    private Map<String, String> routeSamples() {
        IssueInfo referred = referredIssue(GAMBIR, "POLDA");
        IssueInfo jakut = newIssue(KELAPA_GADING_TIMUR);
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("issueJakpusReferredToPolda", String.valueOf(referred.id()));
        samples.put("issueJakut", String.valueOf(jakut.id()));
        samples.put("draftJakpus", String.valueOf(draft(Who.KETUA.account).id()));
        samples.put("draftJakut", String.valueOf(draft("ketua.jakut").id()));
        samples.put("reportJakpus", String.valueOf(latestReport("JAKPUS").id()));
        samples.put("reportJakut", String.valueOf(latestReport("JAKUT").id()));
        LocalDate today = Wib.today(java.time.Clock.systemUTC());
        samples.put("jakartaDesk", "31");
        samples.put("forwardJakarta", String.valueOf(forwardedToJakarta()));
        samples.put("today", today.toString());
        samples.put(
                "monday",
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString());
        return samples;
    }

    private static String fill(String sample, Map<String, String> values) {
        String path = sample;
        for (var e : values.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(path).as("sample without placeholders").doesNotContain("{");
        return path;
    }

    private static Set<String> scannedRoutes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(com.vaadin.flow.router.Route.class));
        Set<String> templates = new TreeSet<>();
        for (BeanDefinition view : scanner.findCandidateComponents("id.go.jakarta.deskpilkada")) {
            Class<?> type = load(view.getBeanClassName());
            if (!testOnly(type)) {
                templates.add(
                        type.getAnnotation(com.vaadin.flow.router.Route.class).value());
            }
        }
        return templates;
    }

    /** Screens of the test sources (a view that fails on purpose) are not part of the application. */
    private static boolean testOnly(Class<?> type) {
        return type.getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath()
                .contains("test-classes");
    }

    record RouteCell(String template, String sample, String expected) {

        char expected(Who who) {
            return expected.charAt(who.ordinal() * 2);
        }
    }

    private static RouteCell route(String template, String sample, String expected) {
        assertThat(expected).hasSize(Who.values().length * 2 - 1);
        return new RouteCell(template, sample, expected);
    }

    // ==== (b) HTTP endpoints outside Vaadin ==========================================================

    /** Credentials of an HTTP request: the columns of the HTTP table. */
    enum Credential {
        ANONYMOUS,
        SESSION_ADMIN,
        SESSION_PIMPINAN,
        SESSION_KETUA,
        SESSION_KETUA_PROVINSI,
        SESSION_PETUGAS,
        SESSION_FORKOPIMDA,
        SESSION_BAKESBANGPOL,
        WALL_COOKIE,
        WALL_TOKEN_AS_BEARER,
        API_TOKEN,
        REVOKED_API_TOKEN
    }

    @Test
    void every_http_endpoint_answers_each_kind_of_credential_as_the_table_says() throws Exception {
        Map<Credential, MockHttpSession> sessions = new EnumMap<>(Credential.class);
        for (Credential c : Credential.values()) {
            if (c.name().startsWith("SESSION_")) {
                sessions.put(c, signInOverHttp(Who.valueOf(c.name().substring("SESSION_".length())).account));
            }
        }
        byte[] png = png();
        // An issue at Jakarta Pusat referred to Polda and one at Jakarta Utara, each with a file.
        IssueInfo jakpus = referredIssue(GAMBIR, "POLDA");
        AttachmentInfo jakpusFile = CurrentActor.asSystem(() -> attachments.attach(jakpus.id(), "foto.png", png));
        IssueInfo jakut = newIssue(KELAPA_GADING_TIMUR);
        AttachmentInfo jakutFile = CurrentActor.asSystem(() -> attachments.attach(jakut.id(), "foto.png", png));
        DeviceInfo camera = CurrentActor.asSystem(() -> devices.register(new DeviceForm(
                post("JAKPUS").id(), DeviceKind.CCTV, "Kamera HTTP " + SERIAL.incrementAndGet(), null, null)));
        DeviceInfo deadCamera = deadCamera();
        String category = String.valueOf(issues.categories().getFirst().code());
        String newIssue = "{\"title\":\"Matriks HTTP\",\"category\":\"" + category
                + "\",\"severity\":\"RENDAH\",\"kelurahan\":\"" + GAMBIR + "\",\"source\":\"HOTLINE\"}";

        // Columns: AN AD PI KE KP PE FO BA WC WB AT RT (anonymous, sessions by role, wall cookie,
        // wall token sent as bearer, integration token, revoked integration token). Numbers are
        // HTTP statuses; 302 is the way to the login page. Sessions never open the API: it takes
        // only integration tokens and keeps no sessions.
        List<HttpCell> table = List.of(
                http(
                        "GET /api/v1/issues",
                        () -> get("/api/v1/issues"),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "POST /api/v1/issues",
                        () -> json(MockMvcRequestBuilders.post("/api/v1/issues"), newIssue),
                        "401 401 401 401 401 401 401 401 401 401 201 401"),
                http(
                        "GET /api/v1/issues/{id}",
                        () -> get("/api/v1/issues/" + jakpus.id()),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "POST /api/v1/issues/{id}/transitions",
                        () -> {
                            IssueInfo fresh = newIssue(GAMBIR);
                            return json(
                                    MockMvcRequestBuilders.post("/api/v1/issues/" + fresh.id() + "/transitions"),
                                    "{\"to\":\"TERVERIFIKASI\",\"version\":" + fresh.version() + "}");
                        },
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "POST /api/v1/issues/{id}/comments",
                        () -> json(
                                MockMvcRequestBuilders.post("/api/v1/issues/" + jakpus.id() + "/comments"),
                                "{\"text\":\"Catatan matriks\"}"),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "GET /api/v1/categories",
                        () -> get("/api/v1/categories"),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "POST /api/v1/issues/{id}/attachments",
                        () -> MockMvcRequestBuilders.multipart("/api/v1/issues/" + jakpus.id() + "/attachments")
                                .file(new MockMultipartFile("file", "foto.png", "image/png", png)),
                        "401 401 401 401 401 401 401 401 401 401 201 401"),
                http(
                        "GET /api/v1/issues/{id}/attachments",
                        () -> get("/api/v1/issues/" + jakpus.id() + "/attachments"),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "GET /api/v1/attachments/{id}",
                        () -> get("/api/v1/attachments/" + jakpusFile.id()),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "GET /api/v1/devices",
                        () -> get("/api/v1/devices"),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "PUT /api/v1/devices/{id}/status",
                        () -> json(
                                MockMvcRequestBuilders.put("/api/v1/devices/" + camera.id() + "/status"),
                                "{\"status\":\"DOWN\",\"note\":\"uji\"}"),
                        "401 401 401 401 401 401 401 401 401 401 200 401"),
                http(
                        "POST /api/v1/attendance",
                        () -> json(
                                MockMvcRequestBuilders.post("/api/v1/attendance"),
                                "{\"nip\":\"196001011985011999\",\"posko\":\"JAKPUS\",\"action\":\"MASUK\"}"),
                        "401 401 401 401 401 401 401 401 401 401 404 401"),
                http(
                        "GET /api/v1/unknown",
                        () -> get("/api/v1/tidak-ada"),
                        "401 401 401 401 401 401 401 401 401 401 404 401"),
                // A camera's snapshot through the application: whoever may see the post's cameras gets
                // the camera's answer (nobody listens at its allowed address: 502); anyone else 404.
                http(
                        "GET /kamera/{id} (Jakarta Pusat)",
                        () -> get("/kamera/" + deadCamera.id() + "?_desk=1"),
                        "302 502 502 502 404 502 404 404 502 302 302 302"),
                // The browser's file address: people who may see the issue; anyone else 404, as if absent.
                http(
                        "GET /lampiran/{id} (Jakarta Pusat, referred to Polda)",
                        () -> get("/lampiran/" + jakpusFile.id()),
                        "302 200 200 200 200 200 200 200 404 302 302 302"),
                http(
                        "GET /lampiran/{id} (Jakarta Utara)",
                        () -> get("/lampiran/" + jakutFile.id()),
                        "302 200 200 404 200 404 404 200 404 302 302 302"),
                http("GET /v3/api-docs", () -> get("/v3/api-docs"), "200 200 200 200 200 200 200 200 200 200 200 200"),
                http(
                        "POST /v3/api-docs",
                        () -> MockMvcRequestBuilders.post("/v3/api-docs"),
                        "403 403 403 403 403 403 403 403 403 403 403 403"),
                http(
                        "GET /actuator/health",
                        () -> get("/actuator/health"),
                        "200 200 200 200 200 200 200 200 200 200 200 200"),
                http(
                        "GET /actuator/health/readiness",
                        () -> get("/actuator/health/readiness"),
                        "200 200 200 200 200 200 200 200 200 200 200 200"),
                http(
                        "GET /actuator/env",
                        () -> get("/actuator/env"),
                        "302 404 404 404 404 404 404 404 404 302 302 302"),
                http(
                        "GET /actuator/beans",
                        () -> get("/actuator/beans"),
                        "302 404 404 404 404 404 404 404 404 302 302 302"));

        List<String> wrong = new ArrayList<>();
        for (HttpCell cell : table) {
            for (Credential c : Credential.values()) {
                AbstractMockHttpServletRequestBuilder<?> request =
                        cell.request().get();
                switch (c) {
                    case ANONYMOUS -> {}
                    case WALL_COOKIE -> request.cookie(new Cookie(WallScreenCookie.NAME, screenToken));
                    case WALL_TOKEN_AS_BEARER -> request.header("Authorization", "Bearer " + screenToken);
                    case API_TOKEN -> request.header("Authorization", "Bearer " + apiToken);
                    case REVOKED_API_TOKEN -> request.header("Authorization", "Bearer " + revokedApiToken);
                    default -> request.session(sessions.get(c));
                }
                int status = status(request);
                int expected = cell.expected(c);
                if (status != expected) {
                    wrong.add(c + " " + cell.name() + ": expected " + expected + ", got " + status);
                }
            }
        }
        assertThat(wrong).as("cells of the HTTP table that differ").isEmpty();
    }

    /**
     * The answer's status. A signed-in request for an address no controller takes goes on to Vaadin,
     * which answers with its not-found page (404); MockMvc has no Vaadin servlet to forward to, so
     * such a forward is counted as that 404.
     */
    private int status(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse().getStatus();
        } catch (jakarta.servlet.ServletException e) {
            if (String.valueOf(e.getMessage()).contains("No servlet with name 'springServlet'")) {
                return 404;
            }
            throw e;
        }
    }

    private MockHttpSession signInOverHttp(String username) throws Exception {
        MockHttpServletRequest request = mvc.perform(
                        formLogin("/login").user(username).password("Pilkada2017!"))
                .andReturn()
                .getRequest();
        MockHttpSession session = (MockHttpSession) request.getSession(false);
        assertThat(session).as(username + " signed in").isNotNull();
        return session;
    }

    private static MockHttpServletRequestBuilder get(String path) {
        return MockMvcRequestBuilders.get(path);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    }

    record HttpCell(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, int[] statuses) {

        int expected(Credential c) {
            return statuses[c.ordinal()];
        }
    }

    private static HttpCell http(
            String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, String expected) {
        int[] statuses =
                Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertThat(statuses).as(name).hasSize(Credential.values().length);
        return new HttpCell(name, request, statuses);
    }

    // ==== (c) service actions ========================================================================

    /**
     * Public methods of the feature services that are not actions on data: reads (scoped by the
     * services themselves and covered by their own tests), permission questions, and what the
     * framework or the services call internally. Every other public method must be a row below.
     */
    private static final Set<String> NOT_ACTIONS = Set.of(
            // reads and permission questions
            "AccountService.list",
            "AccountService.hasEnabledAdmin",
            "AccountService.loadUserByUsername",
            "AccountService.minPasswordLength",
            "DeskRoleService.choices",
            "AttachmentService.attachments",
            "AttachmentService.content",
            "AttachmentService.maxBytes",
            "AttachmentService.maxFiles",
            "CoverageService.now",
            "CoverageService.fillHistory",
            "CoverageService.period",
            "DeviceService.outages",
            "CoverageService.officerRecord",
            "DeviceService.byPost",
            "DeviceService.ofPost",
            "DeviceService.mayManage",
            "DeviceService.mayReport",
            "CameraSourceService.list",
            "CameraSourceService.rules",
            "DeskService.all",
            "DeskService.find",
            "DeskService.withIds",
            "DeskService.national",
            "DeskService.children",
            // a camera's snapshot is a read: who may see it is CameraSnapshots.mayView, and the HTTP table
            "CameraSnapshots.snapshot",
            "CameraSnapshots.mayView",
            "CameraSnapshots.maxBytes",
            "ElectionService.active",
            "PoskoService.allTiles",
            "ElectionService.election",
            "ElectionService.calendarHistory",
            "ElectionService.template",
            "ElectionService.checkCalendar",
            // joins the calling service's transaction, never called on its own
            "AuditService.record",
            "AuditService.subjects",
            "ElectionService.all",
            "ElectionService.exists",
            "ExerciseService.current",
            "ExerciseService.exerciseActive",
            "IntegrationService.list",
            "IntegrationService.kind",
            "IntegrationService.authenticate",
            "IssueExport.write",
            "IssueService.categories",
            "IssueService.counts",
            "IssueService.acknowledgeBy",
            "IssueService.issue",
            "IssueService.timeline",
            "IssueService.find",
            "IssueService.count",
            "IssueService.likelyDuplicates",
            "IssueService.history",
            "IssueService.mayFile",
            "IssueService.mayHandle",
            "IssueForwardService.forwardedTo",
            "IssueForwardService.mayForwardTo",
            "IssueForwardService.forwardedHere",
            "IssueForwardService.forwarded",
            "IssueForwardService.mayAnswer",
            "IssueService.mayRespond",
            "IssueService.mayComment",
            "IssueService.maySeeHistory",
            "IssueService.mayEscalate",
            "IssueService.seesAll",
            "IssueService.wilayahForFiling",
            "IssueService.deskWilayah",
            "IssueTrends.trend",
            "IssueTrends.apply",
            "IssueTrends.applyAll",
            "IssueTrends.rebuild",
            "IssueTrends.reconcile",
            "JournalService.readsAllPosts",
            "JournalService.mayRead",
            "JournalService.mayWrite",
            "JournalService.readablePosts",
            "JournalService.backdateLimit",
            "JournalService.entries",
            "JournalService.entry",
            "JournalService.shiftAt",
            "JournalService.wallTicker",
            "MediaService.latestPublished",
            "MediaService.published",
            "MediaService.statement",
            "MediaService.versions",
            "MediaService.drafts",
            "MediaService.reviewQueue",
            "MediaService.mayDraft",
            "MediaService.mayReview",
            "MediaService.mayEdit",
            "MediaService.maySubmit",
            "MediaService.mayCorrect",
            "OfficerLookup.byId",
            "OfficerLookup.byIds",
            "OfficerLookup.byNip",
            "OfficerLookup.ofPost",
            "OfficerLookup.lockForDuty",
            "OfficerLookup.all",
            "PoskoService.tiles",
            "PoskoService.tile",
            "PoskoService.lastActivities",
            "PoskoService.mayChangeAlert",
            "PoskoService.alertHistory",
            "ReportService.maySee",
            "ReportService.mayWrite",
            "ReportService.mayReview",
            "ReportService.mayConsolidate",
            "ReportService.posts",
            "ReportService.report",
            "ReportService.reports",
            "ReportService.openDues",
            "ReportService.facts",
            "ReportService.wallStatus",
            "ReportService.latestDay",
            "ReportService.consolidated",
            "RosterService.week",
            "RosterService.mySchedule",
            "RosterService.candidates",
            "ShiftService.shiftsOf",
            "ShiftService.allActive",
            "ShiftService.dailyRequired",
            "StaffService.units",
            "StaffService.unit",
            "StaffService.unitByCode",
            "StaffService.mayReadAll",
            "StaffService.mayRead",
            "StaffService.mayManage",
            "StaffService.officersOf",
            "StaffService.visibleOfficers",
            "StaffService.officer",
            "StaffService.dailyOfficerCounts",
            "WallModelService.pictures",
            "WallModelService.subscribe",
            "WallModelService.rebuild",
            "WallScreenService.kind",
            "WallScreenService.authenticate",
            "WallScreenService.check",
            "WallScreenService.list",
            "WallSettingsService.playlist",
            "WallSettingsService.followsDefault",
            "BoundaryService.map",
            "BoundaryService.position",
            "WallScreenService.panelsOf",
            "BoundaryService.attribution",
            "WilayahService.find",
            "WilayahService.areas",
            "WilayahService.children",
            "WilayahService.provinces",
            "WilayahService.kabKota",
            "WilayahService.desaOf",
            "WilayahService.countByLevel",
            // the QR codes a post's board shows are for its planners: checked like a read
            "AttendanceService.board",
            "AttendanceService.signInCodes");

    /**
     * The actions, each with a fresh fixture made by the application itself and the call. A: the
     * call succeeds; R: refused (FORBIDDEN, or NOT_FOUND for data the actor may not even see);
     * V: allowed past every permission check, then refused for its input or the desk's state (a
     * scenario outside an exercise, a made-up QR code).
     */
    private List<ServiceCell> serviceTable() {
        long jakpus = post("JAKPUS").id();
        long jakut = post("JAKUT").id();
        long polda = staff.unitByCode("POLDA").orElseThrow().id();
        long staffUnit = staff.unitByCode("KOMINFOMAS").orElseThrow().id();
        List<ServiceCell> t = new ArrayList<>();
        //                                                            AN AD PI KE KP PE FO BA LA IN
        // ---- issues
        t.add(cell("IssueService.file", "R R A A A A R R R A", () -> null, x -> issues.file(form(GAMBIR), null)));
        t.add(cell(
                "IssueService.fileWithTimeline",
                "R R A A A A R R R A",
                () -> null,
                x -> issues.fileWithTimeline(form(GAMBIR), null)));
        t.add(cell(
                "IssueService.file other post",
                "R R A R A R R R R A",
                () -> null,
                x -> issues.file(form(KELAPA_GADING_TIMUR), null)));
        t.add(cell(
                "IssueIntake.file",
                "R R A A A A R R R A",
                () -> null,
                x -> intake.file(form(GAMBIR), null, "kunci-" + SERIAL.incrementAndGet())));
        t.add(cell(
                "IssueService.edit",
                "R R A A R R R R R A",
                () -> newIssue(GAMBIR),
                i -> issues.edit(i.id(), i.version(), form(GAMBIR))));
        t.add(cell(
                "IssueService.edit other post",
                "R R A R R R R R R A",
                () -> newIssue(KELAPA_GADING_TIMUR),
                i -> issues.edit(i.id(), i.version(), form(KELAPA_GADING_TIMUR))));
        t.add(cell(
                "IssueService.verify",
                "R R A A R R R R R A",
                () -> newIssue(GAMBIR),
                i -> issues.verify(i.id(), i.version())));
        t.add(cell(
                "IssueService.verify other post",
                "R R A R R R R R R A",
                () -> newIssue(KELAPA_GADING_TIMUR),
                i -> issues.verify(i.id(), i.version())));
        t.add(cell(
                "IssueService.transition",
                "R R A A R R R R R A",
                () -> newIssue(GAMBIR),
                i -> issues.transition(i.id(), i.version(), IssueStatus.DITOLAK, null, Rejection.HOAKS, null)));
        t.add(cell(
                "IssueService.refer",
                "R R A A R R R R R A",
                () -> verifiedIssue(GAMBIR),
                i -> issues.refer(i.id(), i.version(), polda, "uji")));
        t.add(cell(
                "IssueService.resolve",
                "R R A A R R R R R A",
                () -> referredIssue(GAMBIR, "POLDA"),
                i -> issues.resolve(i.id(), i.version(), "Sudah ditangani")));
        t.add(cell(
                "IssueService.reject",
                "R R A A R R R R R A",
                () -> newIssue(GAMBIR),
                i -> issues.reject(i.id(), i.version(), Rejection.DUPLIKAT, null)));
        t.add(cell(
                "IssueService.escalate",
                "R R A A R R R R R A",
                () -> newIssue(GAMBIR),
                i -> issues.escalate(i.id(), i.version(), "Butuh provinsi")));
        // Jakarta's desk is a province's: it forwards nothing, and answers what is forwarded to it.
        t.add(cell(
                "IssueForwardService.forward",
                "R R V V R R R R R V",
                () -> newIssue(GAMBIR),
                i -> forwards.forward(i.id(), i.version(), "Butuh provinsi")));
        t.add(cell(
                "IssueForwardService.answer",
                "R A A R R R R R R R",
                this::forwardedToJakarta,
                id -> forwards.answer(id, "Tanggapan provinsi")));
        t.add(cell(
                "IssueService.escalate other post",
                "R R A R R R R R R A",
                () -> newIssue(KELAPA_GADING_TIMUR),
                i -> issues.escalate(i.id(), i.version(), "Butuh provinsi")));
        t.add(cell(
                "IssueService.acknowledge",
                "R R A A R R A R R A",
                () -> referredIssue(GAMBIR, "POLDA"),
                i -> issues.acknowledge(i.id(), null)));
        t.add(cell(
                "IssueService.acknowledge other agency",
                "R R A A R R R R R A",
                () -> referredIssue(GAMBIR, "KODAM"),
                i -> issues.acknowledge(i.id(), null)));
        t.add(cell(
                "IssueService.reportAction",
                "R R A A R R A R R A",
                () -> referredIssue(GAMBIR, "POLDA"),
                i -> issues.reportAction(i.id(), "Patroli dikirim")));
        t.add(cell(
                "IssueService.comment",
                "R A A A A A R A R A",
                () -> newIssue(GAMBIR),
                i -> issues.comment(i.id(), "Catatan")));
        t.add(cell(
                "IssueService.comment other post",
                "R A A R A R R A R A",
                () -> newIssue(KELAPA_GADING_TIMUR),
                i -> issues.comment(i.id(), "Catatan")));
        t.add(cell(
                "AttachmentService.attach",
                "R A A A A A R A R A",
                () -> newIssue(GAMBIR),
                i -> attachments.attach(i.id(), "foto.png", png())));
        t.add(cell(
                "AttachmentService.attach other post",
                "R A A R A R R A R A",
                () -> newIssue(KELAPA_GADING_TIMUR),
                i -> attachments.attach(i.id(), "foto.png", png())));
        // ---- media statements (a Jakarta Pusat chief's draft unless said otherwise)
        t.add(cell("MediaService.create", "R R A A A A R A R R", () -> null, x -> media.create(statement())));
        t.add(cell(
                "MediaService.save",
                "R R A A R A R A R R",
                () -> draft(Who.KETUA.account),
                s -> media.save(s.id(), s.version(), statement())));
        t.add(cell(
                "MediaService.save other post",
                "R R A R R R R A R R",
                () -> draft("ketua.jakut"),
                s -> media.save(s.id(), s.version(), statement())));
        t.add(cell(
                "MediaService.submit",
                "R R A A R A R A R R",
                () -> draft(Who.KETUA.account),
                s -> media.submit(s.id(), s.version())));
        t.add(cell(
                "MediaService.approve",
                "R R R R R R R A R R",
                () -> submitted(Who.KETUA.account),
                s -> media.approve(s.id(), s.version())));
        t.add(cell(
                "MediaService.sendBack",
                "R R R R R R R A R R",
                () -> submitted(Who.KETUA.account),
                s -> media.sendBack(s.id(), s.version(), "Perbaiki judul")));
        t.add(cell(
                "MediaService.publish",
                "R R R R R R R A R R",
                () -> submitted(Who.KETUA.account),
                s -> media.publish(s.id(), s.version())));
        t.add(cell(
                "MediaService.correct",
                "R R A A A A R A R R",
                this::published,
                s -> media.correct(s.id(), statement())));
        // ---- journal
        t.add(cell(
                "JournalService.write", "R R A A R A R R R R", () -> null, x -> journal.write(jakpus, journalForm())));
        t.add(cell(
                "JournalService.write other post",
                "R R A R R R R R R R",
                () -> null,
                x -> journal.write(jakut, journalForm())));
        t.add(cell(
                "JournalService.correct",
                "R R A A R A R R R R",
                () -> entry(jakpus),
                e -> journal.correct(e.id(), journalForm())));
        t.add(cell(
                "JournalService.correct other post",
                "R R A R R R R R R R",
                () -> entry(jakut),
                e -> journal.correct(e.id(), journalForm())));
        // ---- alert level
        t.add(cell(
                "PoskoService.changeAlertLevel",
                "R R A A R R R R R R",
                () -> post("JAKPUS"),
                p -> posko.changeAlertLevel(p.id(), otherLevel(p), "Uji matriks", p.version())));
        t.add(cell(
                "PoskoService.changeAlertLevel other post",
                "R R A R R R R R R R",
                () -> post("JAKUT"),
                p -> posko.changeAlertLevel(p.id(), otherLevel(p), "Uji matriks", p.version())));
        // ---- devices
        t.add(cell("DeviceService.register", "R A R A R R R R R R", () -> null, x -> devices.register(camera(jakpus))));
        t.add(cell(
                "DeviceService.register other post",
                "R A R R R R R R R R",
                () -> null,
                x -> devices.register(camera(jakut))));
        t.add(cell(
                "DeviceService.edit",
                "R A R A R R R R R R",
                () -> device(jakpus),
                d -> devices.edit(d.id(), camera(jakpus), d.version())));
        t.add(cell("DeviceService.remove", "R A R A R R R R R R", () -> device(jakpus), d -> {
            devices.remove(d.id(), d.version());
            return null;
        }));
        t.add(cell("DeviceService.remove other post", "R A R R R R R R R R", () -> device(jakut), d -> {
            devices.remove(d.id(), d.version());
            return null;
        }));
        t.add(cell(
                "DeviceService.reportStatus",
                "R A R A R A R R R A",
                () -> device(jakpus),
                d -> devices.reportStatus(d.id(), DeviceStatus.DOWN, "mati")));
        t.add(cell(
                "DeviceService.reportStatus other post",
                "R A R R R R R R R A",
                () -> device(jakut),
                d -> devices.reportStatus(d.id(), DeviceStatus.DOWN, "mati")));
        // ---- shifts, roster, attendance
        t.add(cell("ShiftService.create", "R A A A R R R R R R", () -> null, x -> shifts.create(jakpus, shiftForm())));
        t.add(cell(
                "ShiftService.create other post",
                "R A A R R R R R R R",
                () -> null,
                x -> shifts.create(jakut, shiftForm())));
        t.add(cell(
                "ShiftService.update",
                "R A A A R R R R R R",
                () -> shift(jakpus),
                s -> shifts.update(s.id(), s.version(), shiftForm())));
        t.add(cell(
                "ShiftService.setActive",
                "R A A A R R R R R R",
                () -> shift(jakpus),
                s -> shifts.setActive(s.id(), s.version(), false)));
        t.add(cell("ShiftService.delete", "R A A A R R R R R R", () -> shift(jakpus), s -> {
            shifts.delete(s.id(), s.version());
            return null;
        }));
        t.add(cell("ShiftService.delete other post", "R A A R R R R R R R", () -> shift(jakut), s -> {
            shifts.delete(s.id(), s.version());
            return null;
        }));
        t.add(cell(
                "RosterService.assign",
                "R A A A R R R R R R",
                () -> place("JAKPUS"),
                p -> roster.assign(p.shiftId(), p.day(), p.officerId(), PostRole.STAF)));
        t.add(cell(
                "RosterService.assign other post",
                "R A A R R R R R R R",
                () -> place("JAKUT"),
                p -> roster.assign(p.shiftId(), p.day(), p.officerId(), PostRole.STAF)));
        t.add(cell(
                "RosterService.assignAll",
                "R A A A R R R R R R",
                () -> place("JAKPUS"),
                p -> roster.assignAll(List.of(p))));
        t.add(cell("RosterService.unassign", "R A A A R R R R R R", () -> planned("JAKPUS", Duration.ofDays(2)), a -> {
            roster.unassign(a.id(), a.version());
            return null;
        }));
        t.add(cell(
                "RosterService.copyWeek",
                "R A A A R R R R R R",
                () -> null,
                x -> roster.copyWeek(jakpus, monday(1), monday(30 + SERIAL.incrementAndGet()))));
        t.add(cell(
                "RosterService.copyWeek other post",
                "R A A R R R R R R R",
                () -> null,
                x -> roster.copyWeek(jakut, monday(1), monday(30 + SERIAL.incrementAndGet()))));
        t.add(cell(
                "RosterService.exportWeek",
                "R A A A R R R R R R",
                () -> null,
                x -> roster.exportWeek(jakpus, monday(0), key -> key)));
        t.add(cell(
                "RosterService.exportWeek other post",
                "R A A R R R R R R R",
                () -> null,
                x -> roster.exportWeek(jakut, monday(0), key -> key)));
        t.add(cell(
                "AttendanceService.mark",
                "R A A A R R R R R R",
                () -> planned("JAKPUS", Duration.ofMinutes(-30)),
                a -> attendance.mark(a.id(), a.version(), AttendanceStatus.PRESENT, null)));
        t.add(cell(
                "AttendanceService.mark other post",
                "R A A R R R R R R R",
                () -> planned("JAKUT", Duration.ofMinutes(-30)),
                a -> attendance.mark(a.id(), a.version(), AttendanceStatus.PRESENT, null)));
        t.add(cell(
                "AttendanceService.signOut",
                "R A A A R R R R R R",
                () -> present("JAKPUS"),
                a -> attendance.signOut(a.id(), a.version())));
        t.add(cell(
                "AttendanceService.replace",
                "R A A A R R R R R R",
                () -> Map.entry(
                        absent("JAKPUS"),
                        duty.officer("JAKPUS", PostRole.STAF, "KOMINFOMAS").id()),
                a -> attendance.replace(a.getKey().id(), a.getKey().version(), a.getValue())));
        // An account linked to its officer record signs in with a code (the demo chiefs and
        // petugas.jakpus are linked); a made-up code is then refused as invalid.
        t.add(cell(
                "AttendanceService.signInWithCode",
                "R R R V V V R R R R",
                () -> null,
                x -> attendance.signInWithCode("bukan-kode")));
        t.add(cell(
                "AttendanceService.deviceReport",
                "R R R R R R R R R A",
                () -> staff.officer(planned("JAKPUS", Duration.ofMinutes(-30)).officerId())
                        .nip(),
                nip -> attendance.deviceReport(nip, "JAKPUS", true)));
        // ---- officers
        t.add(cell(
                "StaffService.create",
                "R A R A R R R R R R",
                () -> null,
                x -> staff.create(officerForm(jakpus, staffUnit))));
        t.add(cell(
                "StaffService.create other post",
                "R A R R R R R R R R",
                () -> null,
                x -> staff.create(officerForm(jakut, staffUnit))));
        t.add(cell(
                "StaffService.register",
                "R A R A R R R R R R",
                () -> null,
                x -> staff.register(List.of(OfficerFormAsNew.of(officerForm(jakpus, staffUnit))))));
        t.add(cell(
                "StaffService.update",
                "R A R A R R R R R R",
                () -> officer("JAKPUS"),
                o -> staff.update(
                        o.id(),
                        o.version(),
                        new OfficerForm(
                                o.nip(),
                                o.fullName() + " Baru",
                                o.unitId(),
                                o.postRole(),
                                null,
                                o.homePoskoId(),
                                o.reserve()))));
        t.add(cell(
                "StaffService.update other post",
                "R A R R R R R R R R",
                () -> officer("JAKUT"),
                o -> staff.update(
                        o.id(),
                        o.version(),
                        new OfficerForm(
                                o.nip(),
                                o.fullName() + " Baru",
                                o.unitId(),
                                o.postRole(),
                                null,
                                o.homePoskoId(),
                                o.reserve()))));
        t.add(cell(
                "StaffService.setActive",
                "R A R A R R R R R R",
                () -> officer("JAKPUS"),
                o -> staff.setActive(o.id(), o.version(), false)));
        t.add(cell("StaffService.importOfficers", "R A R A R R R R R R", () -> null, x -> imported("JAKPUS")));
        t.add(cell(
                "StaffService.importOfficers other post", "R A R R R R R R R R", () -> null, x -> imported("JAKUT")));
        t.add(cell(
                "StaffService.exportOfficers",
                "R A A A R R R R R R",
                () -> null,
                x -> staff.exportOfficers(TableFormat.CSV, jakpus)));
        t.add(cell(
                "StaffService.exportOfficers other post",
                "R A A R R R R R R R",
                () -> null,
                x -> staff.exportOfficers(TableFormat.CSV, jakut)));
        // ---- situation reports (Jakarta Pusat's chain of versions of one due time)
        t.add(cell(
                "ReportService.start",
                "R R R A R R R R R R",
                () -> null,
                x -> reports.start(jakpus, reports.openDues(jakpus).getLast())));
        t.add(cell(
                "ReportService.start other post",
                "R R R R R R R R R R",
                () -> null,
                x -> reports.start(jakut, Instant.now())));
        t.add(cell(
                "ReportService.save",
                "R R R A R R R R R R",
                () -> report("JAKPUS", ReportStatus.DRAFT),
                r -> reports.save(r.id(), r.version(), reportText())));
        t.add(cell(
                "ReportService.submit",
                "R R R A R R R R R R",
                () -> report("JAKPUS", ReportStatus.DRAFT),
                r -> reports.submit(r.id(), r.version(), reportText())));
        t.add(cell(
                "ReportService.submit other post",
                "R R R R R R R R R R",
                () -> report("JAKUT", ReportStatus.DRAFT),
                r -> reports.submit(r.id(), r.version(), reportText())));
        t.add(cell(
                "ReportService.accept",
                "R R A R A R R R R R",
                () -> report("JAKPUS", ReportStatus.SUBMITTED),
                r -> reports.accept(r.id(), r.version())));
        t.add(cell(
                "ReportService.sendBack",
                "R R A R A R R R R R",
                () -> report("JAKPUS", ReportStatus.SUBMITTED),
                r -> reports.sendBack(r.id(), r.version(), "Lengkapi tahapan")));
        t.add(cell(
                "ReportService.correct",
                "R R R A R R R R R R",
                () -> report("JAKPUS", ReportStatus.ACCEPTED),
                r -> reports.correct(r.id())));
        t.add(cell("ReportDrills.markLate", "R V R R R R R R R R", () -> null, x -> drills.markLate(jakpus)));
        // ---- administration
        t.add(cell("AccountService.create", "R A R R R R R R R R", () -> null, x -> accounts.create(newAccount(null))));
        // A password chosen by the caller seeds the demo accounts and the first ADMIN: nobody signed in.
        t.add(cell(
                "AccountService.create chosen password",
                "R R R R R R R R R R",
                () -> null,
                x -> accounts.create(newAccount(null), "KataSandiPanjang1")));
        t.add(cell(
                "AccountService.createAll",
                "R R R R R R R R R R",
                () -> null,
                x -> accounts.createAll(List.of(newAccount(null)), "KataSandiPanjang1")));
        t.add(cell(
                "AccountService.update",
                "R A R R R R R R R R",
                () -> account(),
                a -> accounts.update(
                        a.id(),
                        a.version(),
                        new NewAccount(a.username(), "Akun Diubah", a.role(), a.poskoId(), null))));
        t.add(cell(
                "AccountService.setEnabled",
                "R A R R R R R R R R",
                () -> account(),
                a -> accounts.setEnabled(a.id(), false, a.version())));
        t.add(cell(
                "AccountService.resetPassword",
                "R A R R R R R R R R",
                () -> account(),
                a -> accounts.resetPassword(a.id(), a.version())));
        t.add(cell("AccountService.unlock", "R A R R R R R R R R", () -> account(), a -> accounts.unlock(a.id())));
        t.add(cell("DeskRoleService.list", "R A R R R R R R R R", () -> null, x -> deskRoles.list()));
        t.add(cell(
                "DeskRoleService.grant",
                "R A R R R R R R R R",
                this::otherDeskAccount,
                u -> deskRoles.grant(u, Role.PIMPINAN, null, null)));
        t.add(cell(
                "DeskRoleService.revoke",
                "R A R R R R R R R R",
                () -> CurrentActor.asSystem(() -> deskRoles.grant(otherDeskAccount(), Role.PIMPINAN, null, null)),
                r -> {
                    deskRoles.revoke(r.id(), r.version());
                    return r;
                }));
        // Switching to one's own desk: every person may; machines and strangers have no desk to choose.
        t.add(cell(
                "DeskRoleService.switchTo",
                "R A A A A A A A R R",
                () -> null,
                x -> deskRoles.switchTo(working.id(), currentPrincipal())));
        // Every person changes his own password (here to another and back); devices have none.
        t.add(cell("AccountService.changeOwnPassword", "R A A A A A A A R R", () -> null, x -> {
            accounts.changeOwnPassword("Pilkada2017!", "Sementara-Matriks-1", "Sementara-Matriks-1");
            accounts.changeOwnPassword("Sementara-Matriks-1", "Pilkada2017!", "Pilkada2017!");
            return null;
        }));
        t.add(cell(
                "AccountService.importAccounts",
                "R A R R R R R R R R",
                () -> null,
                x -> accounts.importAccounts(new ByteArrayInputStream(
                        ("username;nama;peran\nuji.impor." + SERIAL.incrementAndGet() + ";Akun Impor;Bakesbangpol\n")
                                .getBytes(StandardCharsets.UTF_8)))));
        t.add(cell(
                "AccountService.exportAccounts",
                "R A R R R R R R R R",
                () -> null,
                x -> accounts.exportAccounts(TableFormat.CSV)));
        t.add(cell(
                "AccountService.initialPasswordsFile",
                "R A R R R R R R R R",
                () -> null,
                x -> accounts.initialPasswordsFile(TableFormat.CSV, List.of())));
        t.add(cell(
                "AccountService.linkOfficer",
                "R A R R R R R R R R",
                () -> Map.entry(
                        account(),
                        duty.officer("JAKPUS", PostRole.STAF, "KOMINFOMAS").id()),
                a -> accounts.linkOfficer(
                        a.getKey().id(), a.getValue(), a.getKey().version())));
        t.add(cell(
                "IntegrationService.issue",
                "R A R R R R R R R R",
                () -> null,
                x -> integrations.issue("Klien " + SERIAL.incrementAndGet())));
        t.add(cell(
                "IntegrationService.revoke",
                "R A R R R R R R R R",
                () -> integrations.issue("Klien " + SERIAL.incrementAndGet()).client(),
                c -> integrations.revoke(c.id())));
        t.add(cell(
                "WallScreenService.pair",
                "R A R R R R R R R R",
                () -> null,
                x -> screens.pair("Layar " + SERIAL.incrementAndGet())));
        t.add(cell(
                "WallScreenService.revoke",
                "R A R R R R R R R R",
                () -> screens.pair("Layar " + SERIAL.incrementAndGet()).screen(),
                s -> screens.revoke(s.id())));
        t.add(cell(
                "WallScreenService.setPanels",
                "R A R R R R R R R R",
                () -> screens.pair("Layar " + SERIAL.incrementAndGet()).screen(),
                s -> screens.setPanels(s.id(), s.version(), List.of(WallPanelKind.PETA))));
        t.add(cell("DeskService.open", "R A R R R R R R R R", () -> null, x -> desks.open("32.01")));
        t.add(cell("RollupService.overview", "R A A R R R A A A R", () -> null, x -> rollups.overview()));
        t.add(cell("RollupService.of", "R A A R R R A A A R", () -> null, x -> rollups.of("31")));
        t.add(cell("DeskService.openSerentak2024", "R A R R R R R R R R", () -> null, x -> desks.openSerentak2024()));
        t.add(cell(
                "CameraSourceService.add", "R A R R R R R R R R", () -> null, x -> cameraSources.add(cameraSource())));
        t.add(cell(
                "CameraSourceService.update",
                "R A R R R R R R R R",
                () -> cameraSources.add(cameraSource()),
                c -> cameraSources.update(c.id(), c.version(), cameraSource())));
        t.add(cell("CameraSourceService.remove", "R A R R R R R R R R", () -> cameraSources.add(cameraSource()), c -> {
            cameraSources.remove(c.id(), c.version());
            return c;
        }));
        t.add(cell(
                "WallSettingsService.save",
                "R A R R R R R R R R",
                () -> wallSettings.playlist(),
                p -> wallSettings.save(p)));
        // The deployment's admin edits the default: there is no desk playlist of his to drop.
        t.add(cell(
                "WallSettingsService.followDefault",
                "R V R R R R R R R R",
                () -> null,
                x -> wallSettings.followDefault()));
        t.add(cell(
                "ElectionService.create",
                "R A R R R R R R R R",
                () -> elections.active().orElseThrow(),
                e -> elections.create(new ElectionService.NewElection(
                        "UJI" + SERIAL.incrementAndGet(), "Uji matriks", e.regionCode(), false, false, e.stages()))));
        t.add(cell(
                "ElectionService.setUp",
                "R A R R R R R R R R",
                () -> null,
                x -> elections.setUp(matrixElection(), false)));
        t.add(cell(
                "ElectionService.describe",
                "R A R R R R R R R R",
                () -> elections.setUp(matrixElection(), false),
                e -> elections.describe(e.id(), e.version(), matrixElection(), false)));
        t.add(cell(
                "ElectionService.saveCalendar",
                "R A R R R R R R R R",
                () -> elections.setUp(matrixElection(), false),
                e -> elections.saveCalendar(
                        e.id(),
                        e.calendarVersion(),
                        e.stages().stream()
                                .map(id.go.jakarta.deskpilkada.election.StageDraft::of)
                                .toList()
                                .subList(1, e.stages().size()))));
        t.add(cell(
                "ElectionService.exportCalendar",
                "R A R R R R R R R R",
                () -> elections.active().orElseThrow(),
                e -> elections.exportCalendar(e.id(), id.go.jakarta.deskpilkada.base.table.TableFormat.CSV)));
        t.add(cell(
                "ElectionService.importCalendar",
                "R A R R R R R R R R",
                () -> elections.setUp(matrixElection(), false),
                e -> elections.importCalendar(
                        e.id(),
                        e.calendarVersion(),
                        new java.io.ByteArrayInputStream(elections.exportCalendar(
                                e.id(), id.go.jakarta.deskpilkada.base.table.TableFormat.CSV)))));
        t.add(cell("PostSetupService.all", "R A R R R R R R R R", () -> null, x -> postSetup.all()));
        t.add(cell(
                "PostSetupService.outsideRegion", "R A R R R R R R R R", () -> null, x -> postSetup.outsideRegion()));
        // Every demo post lies in DKI Jakarta, the active election's region: allowed, nothing retired.
        t.add(cell(
                "PostSetupService.retireOutsideRegion",
                "R A R R R R R R R R",
                () -> null,
                x -> postSetup.retireOutsideRegion()));
        t.add(cell("PostSetupService.proposals", "R A R R R R R R R R", () -> null, x -> postSetup.proposals("31")));
        // The demo desk has every default post: allowed, and nothing to add.
        t.add(cell(
                "PostSetupService.createDefaults", "R A R R R R R R R R", () -> null, x -> postSetup.createDefaults()));
        t.add(cell(
                "PostSetupService.exportPosts",
                "R A R R R R R R R R",
                () -> null,
                x -> postSetup.exportPosts(id.go.jakarta.deskpilkada.base.table.TableFormat.CSV)));
        t.add(cell(
                "PostSetupService.importPosts",
                "R A R R R R R R R R",
                () -> postSetup.exportPosts(id.go.jakarta.deskpilkada.base.table.TableFormat.CSV),
                file -> postSetup.importPosts(new java.io.ByteArrayInputStream(file))));
        // Each fixture is a post added and retired at once, so the other rows see the seven demo posts.
        t.add(cell("PostSetupService.create", "R A R R R R R R R R", () -> null, x -> {
            PoskoTile added = postSetup.create(matrixPost());
            return CurrentActor.asSystem(() -> postSetup.setActive(added.id(), added.version(), false));
        }));
        t.add(cell(
                "PostSetupService.update",
                "R A R R R R R R R R",
                this::retiredMatrixPost,
                p -> postSetup.update(p.id(), p.version(), id.go.jakarta.deskpilkada.posko.PostForm.of(p))));
        t.add(cell(
                "PostSetupService.setActive",
                "R A R R R R R R R R",
                this::retiredMatrixPost,
                p -> postSetup.setActive(p.id(), p.version(), false)));
        // Copying a post's shifts onto itself: the permission is checked first, then refused as a no-op.
        t.add(cell(
                "ShiftService.copyShifts", "R V V V R R R R R R", () -> null, x -> shifts.copyShifts(jakpus, jakpus)));
        // Every demo post has shifts: allowed, and nothing to copy.
        t.add(cell(
                "ShiftService.copyShiftsToPostsWithout",
                "R A R R R R R R R R",
                () -> null,
                x -> shifts.copyShiftsToPostsWithout(jakpus)));
        // ---- setup console: units and issue categories
        t.add(cell("UnitService.create", "R A R R R R R R R R", () -> null, x -> matrixUnit()));
        t.add(cell(
                "UnitService.update",
                "R A R R R R R R R R",
                this::matrixUnit,
                u -> unitSetup.update(
                        u.id(),
                        u.version(),
                        new id.go.jakarta.deskpilkada.staff.UnitForm(u.name() + " Baru", u.shortName(), u.kind()))));
        t.add(cell(
                "UnitService.move",
                "R A R R R R R R R R",
                this::matrixUnit,
                u -> unitSetup.move(u.id(), u.version(), -1)));
        t.add(cell(
                "UnitService.retire",
                "R A R R R R R R R R",
                this::matrixUnit,
                u -> unitSetup.retire(u.id(), u.version())));
        t.add(cell(
                "UnitService.restore",
                "R A R R R R R R R R",
                () -> {
                    var u = matrixUnit();
                    return unitSetup.retire(u.id(), u.version());
                },
                u -> unitSetup.restore(u.id(), u.version())));
        t.add(cell(
                "UnitService.exportUnits",
                "R A R R R R R R R R",
                () -> null,
                x -> unitSetup.exportUnits(TableFormat.XLSX)));
        t.add(cell(
                "UnitService.importUnits",
                "R A R R R R R R R R",
                () -> unitSetup.exportUnits(TableFormat.CSV),
                csv -> unitSetup.importUnits(file(csv))));
        t.add(cell("CategoryService.create", "R A R R R R R R R R", () -> null, x -> matrixCategory()));
        t.add(cell(
                "CategoryService.rename",
                "R A R R R R R R R R",
                this::matrixCategory,
                c -> categorySetup.rename(c.id(), c.version(), c.name() + " baru")));
        t.add(cell(
                "CategoryService.move",
                "R A R R R R R R R R",
                this::matrixCategory,
                c -> categorySetup.move(c.id(), c.version(), -1)));
        t.add(cell(
                "CategoryService.retire",
                "R A R R R R R R R R",
                this::matrixCategory,
                c -> categorySetup.retire(c.id(), c.version())));
        t.add(cell(
                "CategoryService.restore",
                "R A R R R R R R R R",
                () -> {
                    var c = matrixCategory();
                    return categorySetup.retire(c.id(), c.version());
                },
                c -> categorySetup.restore(c.id(), c.version())));
        t.add(cell(
                "CategoryService.exportCategories",
                "R A R R R R R R R R",
                () -> null,
                x -> categorySetup.exportCategories(TableFormat.CSV)));
        t.add(cell(
                "CategoryService.importCategories",
                "R A R R R R R R R R",
                () -> categorySetup.exportCategories(TableFormat.XLSX),
                xlsx -> categorySetup.importCategories(file(xlsx))));
        t.add(cell("AuditService.recent", "R A R R R R R R R R", () -> null, x -> audit.recent(null, 10)));
        t.add(cell("AuditService.of", "R A R R R R R R R R", () -> null, x -> audit.of("election", "PILGUB-DKI-2017")));
        t.add(cell("SetupService.checklist", "R A R R R R R R R R", () -> null, x -> setup.checklist()));
        t.add(cell("SetupService.usable", "R A R R R R R R R R", () -> null, x -> setup.usable()));
        t.add(cell(
                "ElectionService.createExercise",
                "R A R R R R R R R R",
                () -> elections.active().orElseThrow(),
                e -> elections.createExercise(
                        e.id(),
                        "LAT" + SERIAL.incrementAndGet(),
                        "Latihan matriks",
                        LocalDate.now().plusDays(40))));
        // Activating the election that is active already: allowed, refused as a no-op (switching the
        // desk into an exercise here would change every other row).
        t.add(cell(
                "ElectionService.activate",
                "R V R R R R R R R R",
                () -> elections.active().orElseThrow(),
                e -> elections.activate(e.id())));
        // Ending an election that is not active: allowed, refused as a no-op (ending the desk's
        // active election here would take every other row out of its election).
        t.add(cell(
                "ElectionService.deactivate",
                "R V R R R R R R R R",
                () -> elections.setUp(matrixElection(), false),
                e -> elections.deactivate(e.id())));
        t.add(cell(
                "ExerciseService.check",
                "R A R R R R R R R R",
                () -> null,
                x -> exercise.check("{}".getBytes(StandardCharsets.UTF_8))));
        t.add(cell(
                "ExerciseService.start",
                "R V R R R R R R R R",
                () -> null,
                x -> exercise.start(new id.go.jakarta.deskpilkada.exercise.Scenario("Uji", List.of()))));
        t.add(cell("ExerciseService.stop", "R A R R R R R R R R", () -> null, x -> {
            exercise.stop();
            return null;
        }));
        t.add(cell("ExerciseService.wipe", "R A R R R R R R R R", () -> null, x -> exercise.wipe()));
        return t;
    }

    @Test
    void every_public_method_of_a_feature_service_is_an_action_in_the_table_or_listed_as_not_one() {
        Set<String> rows = serviceRowMethods();
        Set<String> unlisted = new TreeSet<>();
        Set<String> existing = new TreeSet<>();
        for (Class<?> service : featureServices()) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                    String name = service.getSimpleName() + "." + m.getName();
                    existing.add(name);
                    if (!rows.contains(name) && !NOT_ACTIONS.contains(name)) {
                        unlisted.add(name);
                    }
                }
            }
        }
        assertThat(unlisted)
                .as("public service methods neither in the action table nor listed as reads")
                .isEmpty();
        assertThat(existing).as("rows naming methods that do not exist").containsAll(rows);
        assertThat(existing).containsAll(NOT_ACTIONS);
    }

    @Test
    void each_role_may_take_exactly_the_service_actions_the_table_allows_and_no_other() {
        List<ServiceCell> table = serviceTable();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (ServiceCell cell : table) {
            // A refused call changes nothing, so its fixture serves the next column; one that went
            // through gets a fresh one.
            Object[] fixture = {null};
            for (Who who : Who.values()) {
                cells++;
                char expected = cell.expected(who);
                if (fixture[0] == null) {
                    fixture[0] = CurrentActor.asSystem(() ->
                            java.util.Optional.ofNullable(cell.fixture().get()).orElse(NO_FIXTURE));
                }
                Object given = fixture[0] == NO_FIXTURE ? null : fixture[0];
                String got = outcome(who, () -> cell.call().apply(given));
                if (got.charAt(0) != 'R') {
                    fixture[0] = null;
                    retireTestShifts();
                }
                if (got.charAt(0) != expected) {
                    wrong.add(who + " " + cell.name() + ": expected " + expected + ", got " + got);
                }
            }
        }
        assertThat(cells).isEqualTo(table.size() * Who.values().length);
        assertThat(wrong).as("cells of the service table that differ").isEmpty();
    }

    /**
     * Switches off the shifts the rows made, so that a post does not collect dozens of running
     * shifts (the coverage state keeps the running shifts' keys in 200 characters).
     */
    // ==== (d) across desks ===========================================================================

    /**
     * Every action of the service table taken by the principals of another desk (West Java's: each
     * role, a wall screen and an API client, docs/desks.md) on this desk's data, with the same
     * fixtures: none may go through. An action that works in the caller's own desk and touches no
     * row of this one (filing an issue in his own desk, pairing his own screen) is in
     * {@link #OWN_DESK_ACTIONS} with its reason, and is checked to have left this desk alone.
     */
    @Test
    void every_action_of_another_desks_principals_on_this_desks_data_is_refused() {
        Map<String, DeskUser> others = westJavaPrincipals();
        List<String> leaks = new ArrayList<>();
        int tried = 0;
        for (ServiceCell cell : serviceTable()) {
            Object[] fixture = {null};
            for (Map.Entry<String, DeskUser> who : others.entrySet()) {
                if (fixture[0] == null) {
                    fixture[0] = CurrentActor.asSystem(() ->
                            java.util.Optional.ofNullable(cell.fixture().get()).orElse(NO_FIXTURE));
                }
                Object given = fixture[0] == NO_FIXTURE ? null : fixture[0];
                String got = outcome(who.getValue(), () -> cell.call().apply(given));
                tried++;
                // R: refused as forbidden or not found; V: refused as invalid input (a place or code
                // that is not of the caller's desk). Nothing changed either way.
                boolean refused = got.charAt(0) == 'R' || got.charAt(0) == 'V';
                if (!refused) {
                    fixture[0] = null;
                    retireTestShifts();
                    if (got.charAt(0) != 'A' || !OWN_DESK_ACTIONS.containsKey(cell.name())) {
                        leaks.add(who.getKey() + " " + cell.name() + ": " + got);
                    }
                }
            }
        }
        assertThat(tried).isEqualTo(serviceTable().size() * others.size());
        assertThat(leaks)
                .as("actions of another desk's principals that were not refused")
                .isEmpty();
        long westJava = others.get(Role.ADMIN.name()).actor().deskId();
        assertThat(jdbc.sql("select count(*) from audit_entry where actor like 'jabar.%' "
                                + "and (desk_id is null or desk_id <> :desk)")
                        .param("desk", westJava)
                        .query(Long.class)
                        .single())
                .as("what West Java's people did is recorded in West Java's desk, nowhere else")
                .isZero();
    }

    /** Actions that work in the caller's own desk whatever this desk holds, with why that is right. */
    private static final Map<String, String> OWN_DESK_ACTIONS = Map.ofEntries(
            Map.entry("MediaService.create", "a draft statement of the caller's own desk"),
            Map.entry("AccountService.create", "an account of the admin's own desk"),
            Map.entry("AccountService.importAccounts", "accounts of the admin's own desk"),
            Map.entry("AccountService.exportAccounts", "the admin's own desk's accounts"),
            Map.entry("AccountService.initialPasswordsFile", "formats the passwords it is given, reads nothing"),
            Map.entry("DeskRoleService.list", "the roles given in the admin's own desk"),
            Map.entry("IntegrationService.issue", "an API client of the admin's own desk"),
            Map.entry("WallScreenService.pair", "a wall screen of the admin's own desk"),
            Map.entry("CameraSourceService.add", "an allowed camera address of the admin's own desk"),
            Map.entry("ElectionService.setUp", "the fixture's region is West Java: the admin's own desk"),
            Map.entry("ElectionService.describe", "an election of the admin's own desk (West Java)"),
            Map.entry("ElectionService.saveCalendar", "an election of the admin's own desk (West Java)"),
            Map.entry("ElectionService.importCalendar", "an election of the admin's own desk (West Java)"),
            Map.entry("PostSetupService.all", "the admin's own desk's posts"),
            Map.entry("PostSetupService.outsideRegion", "the admin's own desk's posts"),
            Map.entry("PostSetupService.proposals", "default posts for the admin's own desk's region"),
            Map.entry("PostSetupService.exportPosts", "the admin's own desk's posts"),
            Map.entry("UnitService.create", "an agency of the admin's own desk"),
            Map.entry("UnitService.exportUnits", "the admin's own desk's agencies"),
            Map.entry("CategoryService.create", "an issue category of the admin's own desk"),
            Map.entry("CategoryService.importCategories", "the file's categories go into the admin's own desk"),
            Map.entry("CategoryService.exportCategories", "the admin's own desk's issue categories"),
            Map.entry("AuditService.recent", "the admin's own desk's audit entries"),
            Map.entry("RollupService.overview", "the roll-up of the caller's own desk (counts only)"),
            Map.entry("WallSettingsService.save", "the admin's own desk's wall playlist"),
            Map.entry("WallSettingsService.followDefault", "drops the admin's own desk's wall playlist"),
            Map.entry("AuditService.of", "the admin's own desk's audit entries"),
            Map.entry("SetupService.checklist", "the admin's own desk's checklist"),
            Map.entry("SetupService.usable", "whether the admin's own desk is usable"),
            Map.entry("ExerciseService.check", "reads the scenario file it is given, no data"),
            Map.entry("ExerciseService.stop", "stops the admin's own desk's run (none here)"),
            Map.entry("ExerciseService.wipe", "wipes the admin's own desk's exercise rows"));

    /** West Java's principals: one per role of people, bound to its own post and agency, a screen and a client. */
    private Map<String, DeskUser> westJavaPrincipals() {
        long westJava = CurrentActor.asSystem(() -> desks.open("32")).id();
        Actor system = Actor.SYSTEM.inDesk(westJava);
        String tag = String.valueOf(SERIAL.incrementAndGet());
        long post = CurrentActor.as(
                        system,
                        () -> postSetup.create(new id.go.jakarta.deskpilkada.posko.PostForm(
                                "JBR" + tag, "Posko Jabar " + tag, PoskoLevel.WILAYAH, "32.73", "Bandung", 50)))
                .id();
        long unit = CurrentActor.as(
                        system,
                        () -> unitSetup.create(
                                "JBRPOL" + tag,
                                new id.go.jakarta.deskpilkada.staff.UnitForm(
                                        "Polda Jawa Barat " + tag,
                                        "Polda Jabar " + tag,
                                        id.go.jakarta.deskpilkada.staff.UnitKind.FORKOPIMDA)))
                .id();
        Map<String, DeskUser> principals = new java.util.LinkedHashMap<>();
        for (Role role : List.of(
                Role.ADMIN, Role.PIMPINAN, Role.KETUA_POSKO, Role.PETUGAS, Role.FORKOPIMDA, Role.BAKESBANGPOL)) {
            String username = "jabar." + role.name().toLowerCase(java.util.Locale.ROOT) + "." + tag;
            Long bound = role == Role.KETUA_POSKO || role == Role.PETUGAS ? Long.valueOf(post) : null;
            Long agency = role == Role.FORKOPIMDA ? Long.valueOf(unit) : null;
            CurrentActor.as(
                    system,
                    () -> accounts.create(
                            new NewAccount(username, "Jabar " + role.name(), role, bound, agency),
                            "KataSandiPanjang1"));
            principals.put(role.name(), (DeskUser) accounts.loadUserByUsername(username));
        }
        Actor admin = principals.get(Role.ADMIN.name()).actor();
        String screen =
                CurrentActor.as(admin, () -> screens.pair("Layar Jabar " + tag)).token();
        principals.put(
                "LAYAR",
                CurrentActor.acrossDesks(() -> screens.authenticate(screen)).orElseThrow());
        String client = CurrentActor.as(admin, () -> integrations.issue("Klien Jabar " + tag))
                .token();
        principals.put(
                "INTEGRASI",
                CurrentActor.acrossDesks(() -> integrations.authenticate(client))
                        .orElseThrow());
        principals.values().forEach(p -> assertThat(p.actor().deskId()).isEqualTo(westJava));
        return principals;
    }

    /** What the call came to for that principal (nobody signed in for null). */
    private String outcome(@Nullable DeskUser user, Supplier<Object> call) {
        SignIn.out();
        if (user != null) {
            SecurityContextHolder.getContext()
                    .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        try {
            call.get();
            return "A";
        } catch (DeskException e) {
            return switch (e.kind()) {
                case FORBIDDEN, NOT_FOUND -> "R (" + e.messageKey() + ")";
                case INVALID, CONFLICT -> "V (" + e.kind() + " " + e.messageKey() + ")";
            };
        } catch (AccessDeniedException e) {
            return "R (" + e.getMessage() + ")";
        } catch (RuntimeException e) {
            return "X (" + e + ")";
        } finally {
            SignIn.out();
        }
    }

    private void retireTestShifts() {
        CurrentActor.asSystem(() -> {
            for (String code : List.of("JAKPUS", "JAKUT")) {
                shifts.shiftsOf(post(code).id()).stream()
                        .filter(s -> s.active()
                                && (s.name().startsWith("Uji ") || s.name().startsWith("Sif uji")))
                        .forEach(s -> shifts.setActive(s.id(), s.version(), false));
            }
            return null;
        });
    }

    private static final Object NO_FIXTURE = new Object();

    private String outcome(Who who, Supplier<Object> call) {
        return outcome(who == Who.ANONYMOUS ? null : principals.get(who), call);
    }

    record ServiceCell(String name, String expected, Supplier<Object> fixture, Function<Object, Object> call) {

        char expected(Who who) {
            return expected.charAt(who.ordinal() * 2);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ServiceCell cell(String name, String expected, Supplier<T> fixture, Function<T, ?> call) {
        assertThat(expected).as(name).hasSize(Who.values().length * 2 - 1);
        return new ServiceCell(name, expected, (Supplier<Object>) fixture, x -> call.apply((T) x));
    }

    private Set<String> serviceRowMethods() {
        return serviceTable().stream().map(c -> c.name().split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Class<?>> featureServices() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        List<Class<?>> services = new ArrayList<>();
        String root = Application.class.getPackageName();
        for (BeanDefinition bean : scanner.findCandidateComponents(root)) {
            Class<?> type = load(bean.getBeanClassName());
            // A module's API is its root package; sub-packages are internal (ArchitectureTests).
            boolean moduleApi = type.getPackageName().lastIndexOf('.') == root.length();
            if (Modifier.isPublic(type.getModifiers()) && moduleApi && !testOnly(type)) {
                services.add(type);
            }
        }
        assertThat(services).hasSizeGreaterThan(20);
        return services;
    }

    // ==== fixtures (made by the services, as the system or as the account that would) ===============

    private PoskoTile post(String code) {
        return CurrentActor.asSystem(() -> posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow());
    }

    private Actor actor(String username) {
        return ((DeskUser) accounts.loadUserByUsername(username)).actor();
    }

    private IssueForm form(String kelurahan) {
        long category = issues.categories().getFirst().id();
        return new IssueForm(
                "Uji matriks " + SERIAL.incrementAndGet(),
                null,
                category,
                Severity.SEDANG,
                null,
                null,
                kelurahan,
                null,
                null,
                IssueSource.POSKO,
                null);
    }

    /** An issue of Bogor's desk forwarded to Jakarta's desk (written straight into the database); its forwarding id. */
    private long forwardedToJakarta() {
        long bogor = CurrentActor.asSystem(() -> desks.open("32.01")).id();
        long jakarta = desks.find("31").orElseThrow().id();
        String code = "FWD" + SERIAL.incrementAndGet();
        jdbc.sql("insert into posko (code, name, level, wilayah_code, address, sort_order, alert_level, desk_id) "
                        + "values (:code, 'Posko Bogor matriks', 'WILAYAH', '32.01', 'Cibinong', 99, 'NORMAL', :desk)")
                .param("code", code)
                .param("desk", bogor)
                .update();
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.sql("insert into issue (title, category_id, severity, severity_rank, status, wilayah_code, source, "
                        + "reporter, posko_id, reported_at, reported_day, updated_at, desk_id) values ('Isu Bogor', "
                        + "(select min(c.id) from issue_category c where c.desk_id = :desk), 'TINGGI', 2, 'BARU', '32.01', 'POSKO', 'Uji', "
                        + "(select id from posko where code = :code), :now, current_date, :now, :desk)")
                .param("code", code)
                .param("now", now)
                .param("desk", bogor)
                .update();
        jdbc.sql(
                        "insert into issue_forward (desk_id, issue_desk_id, issue_id, forwarded_at, forwarded_by, reason) "
                                + "values (:to, :from, (select max(id) from issue where desk_id = :from), :now, 'Uji', 'Matriks')")
                .param("to", jakarta)
                .param("from", bogor)
                .param("now", now)
                .update();
        return jdbc.sql("select max(id) from issue_forward where desk_id = :to")
                .param("to", jakarta)
                .query(Long.class)
                .single();
    }

    private IssueInfo newIssue(String kelurahan) {
        return CurrentActor.asSystem(() -> issues.file(form(kelurahan), null));
    }

    private IssueInfo verifiedIssue(String kelurahan) {
        IssueInfo issue = newIssue(kelurahan);
        return CurrentActor.asSystem(() -> issues.verify(issue.id(), issue.version()));
    }

    private IssueInfo referredIssue(String kelurahan, String unit) {
        IssueInfo issue = verifiedIssue(kelurahan);
        long unitId = staff.unitByCode(unit).orElseThrow().id();
        return CurrentActor.asSystem(() -> issues.refer(issue.id(), issue.version(), unitId, null));
    }

    private static StatementForm statement() {
        return new StatementForm("Siaran uji " + SERIAL.incrementAndGet(), "Isi siaran pers uji.", List.of());
    }

    private StatementInfo draft(String author) {
        return CurrentActor.as(actor(author), () -> media.create(statement()));
    }

    private StatementInfo submitted(String author) {
        StatementInfo draft = draft(author);
        return CurrentActor.as(actor(author), () -> media.submit(draft.id(), draft.version()));
    }

    private StatementInfo published() {
        StatementInfo submitted = submitted(Who.KETUA.account);
        return CurrentActor.as(
                actor(Who.BAKESBANGPOL.account), () -> media.publish(submitted.id(), submitted.version()));
    }

    private static JournalForm journalForm() {
        return new JournalForm(JournalCategory.KAMTIBMAS, "Situasi aman " + SERIAL.incrementAndGet(), null, null);
    }

    private JournalEntryInfo entry(long poskoId) {
        return CurrentActor.asSystem(() -> journal.write(poskoId, journalForm()));
    }

    private static AlertLevel otherLevel(PoskoTile post) {
        return post.alertLevel() == AlertLevel.WASPADA ? AlertLevel.SIAGA : AlertLevel.WASPADA;
    }

    private static DeviceForm camera(long poskoId) {
        return new DeviceForm(poskoId, DeviceKind.CCTV, "Kamera uji " + SERIAL.incrementAndGet(), null, null);
    }

    private DeviceInfo device(long poskoId) {
        return CurrentActor.asSystem(() -> devices.register(camera(poskoId)));
    }

    private static CameraSourceForm cameraSource() {
        return new CameraSourceForm(
                CameraSourceKind.ADDRESS, "https://kamera-" + SERIAL.incrementAndGet() + ".matriks.example", null);
    }

    /**
     * A camera at Jakarta Pusat whose allowed address nobody listens on (a port just closed), known
     * to the snapshot directory: asking for it is answered by the camera's failure, a 502.
     */
    private DeviceInfo deadCamera() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String origin = "http://127.0.0.1:" + port;
        CurrentActor.asSystem(() -> cameraSources.add(new CameraSourceForm(CameraSourceKind.ADDRESS, origin, null)));
        DeviceInfo camera = CurrentActor.asSystem(() -> devices.register(new DeviceForm(
                post("JAKPUS").id(),
                DeviceKind.CCTV,
                "Kamera mati " + SERIAL.incrementAndGet(),
                origin + "/x.jpg",
                null)));
        Actor admin = principals.get(Who.ADMIN).actor();
        // Known to this node's snapshot directory once the camera's own failure is the answer.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> CurrentActor.as(admin, () -> snapshots.snapshot(camera.id()))
                        .equals(new CameraSnapshot.Missing(CameraProblem.UNREACHABLE)));
        return camera;
    }

    private static ShiftForm shiftForm() {
        Map<PostRole, Integer> need = new EnumMap<>(PostRole.class);
        need.put(PostRole.STAF, 3);
        return new ShiftForm("Sif uji " + SERIAL.incrementAndGet(), LocalTime.of(8, 0), LocalTime.of(12, 0), need);
    }

    private ShiftInfo shift(long poskoId) {
        return CurrentActor.asSystem(() -> shifts.create(poskoId, shiftForm()));
    }

    private RosterService.Placement place(String post) {
        DutyFixture.Placed placed = duty.shift(post, Duration.ofDays(3), Duration.ofHours(4), Map.of(PostRole.STAF, 3));
        OfficerInfo officer = duty.officer(post, PostRole.STAF, "KOMINFOMAS");
        return new RosterService.Placement(placed.shift().id(), placed.day(), officer.id(), PostRole.STAF);
    }

    private AssignmentInfo planned(String post, Duration startOffset) {
        DutyFixture.Placed placed = duty.shift(post, startOffset, Duration.ofHours(4), Map.of(PostRole.STAF, 3));
        OfficerInfo officer = duty.officer(post, PostRole.STAF, "KOMINFOMAS");
        return CurrentActor.asSystem(
                () -> roster.assign(placed.shift().id(), placed.day(), officer.id(), PostRole.STAF));
    }

    private AssignmentInfo present(String post) {
        AssignmentInfo a = planned(post, Duration.ofMinutes(-30));
        return CurrentActor.asSystem(() -> attendance.mark(a.id(), a.version(), AttendanceStatus.PRESENT, null));
    }

    private AssignmentInfo absent(String post) {
        AssignmentInfo a = planned(post, Duration.ofMinutes(-30));
        return CurrentActor.asSystem(() -> attendance.mark(a.id(), a.version(), AttendanceStatus.ABSENT, "sakit"));
    }

    private static LocalDate monday(int weeksAhead) {
        return LocalDate.now(Wib.ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(weeksAhead);
    }

    private static String nip() {
        int serial = SERIAL.incrementAndGet();
        // Born 2 Feb 1961: neither a demo officer's NIP nor one of DutyFixture's.
        return String.format("19610202198703%d%03d", 1 + serial / 1000 % 2, serial % 1000);
    }

    private static OfficerForm officerForm(long poskoId, long unit) {
        return new OfficerForm(
                nip(), "Petugas Matriks " + SERIAL.incrementAndGet(), unit, PostRole.STAF, null, poskoId, false);
    }

    private OfficerInfo officer(String post) {
        return duty.officer(post, PostRole.STAF, "KOMINFOMAS");
    }

    /** An import of one new officer of that post; a refused row counts as a refusal. */
    private ImportResult imported(String post) {
        String csv = "nip;nama;unit;peran;telepon;posko;aktif;cadangan\n" + nip() + ";Petugas Impor "
                + SERIAL.incrementAndGet() + ";KOMINFOMAS;STAF;;" + post + ";ya;tidak\n";
        ImportResult result = staff.importOfficers(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        if (!result.badRows().isEmpty()) {
            String key = result.badRows().getFirst().messageKey();
            throw key.contains("forbidden") ? DeskException.forbidden(key) : DeskException.invalid(key);
        }
        return result;
    }

    /** Maps an officer form to the bulk registration's record. */
    private static final class OfficerFormAsNew {
        static NewOfficer of(OfficerForm f) {
            return new NewOfficer(
                    f.nip(), f.fullName(), f.unitId(), f.postRole(), f.phone(), f.homePoskoId(), f.reserve());
        }
    }

    private static ReportText reportText() {
        return new ReportText("Aman terkendali", "Distribusi logistik", "Kondusif", "Patroli", "Tidak ada");
    }

    private ReportInfo latestReport(String post) {
        long id = post(post).id();
        return CurrentActor.asSystem(() -> reports.reports(id).getFirst());
    }

    /**
     * The post's latest report version brought to the wanted state through the real workflow (the
     * post's chief writes and corrects, leadership reviews), so every cell gets a report it can act on.
     */
    private ReportInfo report(String post, ReportStatus wanted) {
        Actor chief = actor("ketua." + post.toLowerCase(java.util.Locale.ROOT));
        Actor sekda = actor(Who.PIMPINAN.account);
        for (int step = 0; step < 4; step++) {
            ReportInfo r = latestReport(post);
            if (r.status() == wanted || wanted == ReportStatus.DRAFT && r.status() == ReportStatus.RETURNED) {
                return r;
            }
            switch (r.status()) {
                case ACCEPTED -> CurrentActor.as(chief, () -> reports.correct(r.id()));
                case DRAFT, RETURNED -> CurrentActor.as(chief, () -> reports.submit(r.id(), r.version(), reportText()));
                case SUBMITTED -> CurrentActor.as(sekda, () -> reports.accept(r.id(), r.version()));
            }
        }
        throw new IllegalStateException("no " + wanted + " report of " + post);
    }

    private NewAccount newAccount(Long poskoId) {
        return new NewAccount(
                "uji.matriks." + SERIAL.incrementAndGet(),
                "Akun Matriks",
                poskoId == null ? Role.BAKESBANGPOL : Role.PETUGAS,
                poskoId,
                null);
    }

    /** An account of West Java's desk; its username. */
    private String otherDeskAccount() {
        long westJava = CurrentActor.asSystem(() -> desks.open("32")).id();
        String username = "matriks.jabar." + SERIAL.incrementAndGet();
        CurrentActor.as(
                Actor.SYSTEM.inDesk(westJava),
                () -> accounts.create(
                        new NewAccount(username, "Uji matriks Jabar", Role.PIMPINAN, null, null), "KataSandiPanjang1"));
        return username;
    }

    /** The principal the cell runs as, or a stranger's for nobody signed in. */
    private static DeskUser currentPrincipal() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof DeskUser user
                ? user
                : new DeskUser(new Actor("tamu", "Tamu", Role.PETUGAS, null, null, null, false, null), "", true, false);
    }

    private AccountInfo account() {
        long jakpus = post("JAKPUS").id();
        return CurrentActor.asSystem(() -> accounts.create(newAccount(jakpus), "KataSandiPanjang1"));
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
