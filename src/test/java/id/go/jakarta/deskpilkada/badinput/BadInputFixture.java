package id.go.jakarta.deskpilkada.badinput;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.account.AccountInfo;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.device.DeviceForm;
import id.go.jakarta.deskpilkada.device.DeviceKind;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.issues.AttachmentService;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records the cases aim at, prepared once through the services as the demo accounts would:
 * an issue, roster, device, journal entry, statement and report at Jakarta Pusat (whose chief
 * sends the cases) and the same at Jakarta Utara (which he must not touch), and the tokens to
 * replay: a used QR sign-in code, revoked and expired screen tokens, a revoked API token, an
 * Idempotency-Key already used.
 */
final class BadInputFixture {

    static final String OWN = "JAKPUS";
    static final String OTHER = "JAKUT";
    static final String OWN_CHIEF = "ketua.jakpus";
    static final String OTHER_CHIEF = "ketua.jakut";
    static final String OWN_KELURAHAN = "31.71.01.1001";
    static final String OTHER_KELURAHAN = "31.72.01.1003";
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    final Map<String, Long> posts;
    final long own;
    final long other;
    final long category;
    final long polda;
    final long ownIssue;
    final long otherIssue;
    final long otherAttachment;
    final long otherEntry;
    final long ownEntry;
    final long otherStatement;
    final long ownStatement;
    final long publishedStatement;
    final long otherReport;
    final long ownReport;
    final List<Long> otherAssignments;
    final List<Long> ownAssignments;
    final long otherShift;
    final long ownShift;
    final long otherOfficer;
    final long ownOfficer;
    final long otherDevice;
    final long ownDevice;
    final long otherAccount;
    final String apiToken;
    final String revokedApiToken;
    final String revokedScreenToken;
    final String expiredScreenToken;
    final String usedQrCode;
    final String otherPostQrCode;
    final long qrOfficer;
    final String idempotencyKey;
    final String idempotencyBody;
    final LocalDate monday;

    BadInputFixture(BadInputHarness h) throws Exception {
        ApplicationContext context = h.context;
        PoskoService poskoService = h.bean(PoskoService.class);
        IssueService issues = h.bean(IssueService.class);
        posts = CurrentActor.asSystem(
                () -> poskoService.tiles().stream().collect(Collectors.toMap(PoskoTile::code, PoskoTile::id)));
        own = posts.get(OWN);
        other = posts.get(OTHER);
        category = CurrentActor.asSystem(() -> issues.categories().getFirst().id());
        polda = h.bean(StaffService.class).unitByCode("POLDA").orElseThrow().id();

        ownIssue = as(
                        context,
                        OWN_CHIEF,
                        () -> issues.file(form("Sasaran uji input buruk Jakpus", OWN_KELURAHAN), null))
                .id();
        otherIssue = as(
                        context,
                        OTHER_CHIEF,
                        () -> issues.file(form("Sasaran uji input buruk Jakut", OTHER_KELURAHAN), null))
                .id();
        otherAttachment = as(
                        context,
                        OTHER_CHIEF,
                        () -> h.bean(AttachmentService.class).attach(otherIssue, "foto.png", PNG))
                .id();

        JournalService journal = h.bean(JournalService.class);
        otherEntry = as(
                        context,
                        OTHER_CHIEF,
                        () -> journal.write(
                                other, new JournalForm(JournalCategory.values()[0], "Catatan sasaran uji", null, null)))
                .id();
        ownEntry = as(
                        context,
                        OWN_CHIEF,
                        () -> journal.write(
                                own, new JournalForm(JournalCategory.values()[0], "Catatan sasaran uji", null, null)))
                .id();

        MediaService media = h.bean(MediaService.class);
        otherStatement = as(
                        context,
                        OTHER_CHIEF,
                        () -> media.create(new StatementForm("Draf uji Jakut", "Isi draf uji", List.of())))
                .id();
        ownStatement = as(
                        context,
                        OWN_CHIEF,
                        () -> media.create(new StatementForm("Draf uji Jakpus", "Isi draf uji", List.of())))
                .id();
        publishedStatement =
                as(context, "bakesbangpol", () -> media.published().getFirst().id());

        ReportService reports = h.bean(ReportService.class);
        otherReport = as(context, OTHER_CHIEF, () -> newest(reports.reports(other)));
        ownReport = as(context, OWN_CHIEF, () -> newest(reports.reports(own)));

        monday = Wib.today(h.bean(java.time.Clock.class)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        RosterService roster = h.bean(RosterService.class);
        otherAssignments = as(
                context,
                OTHER_CHIEF,
                () -> roster.week(other, monday).stream()
                        .map(AssignmentInfo::id)
                        .toList());
        ownAssignments = as(
                context,
                OWN_CHIEF,
                () -> roster.week(own, monday).stream().map(AssignmentInfo::id).toList());
        ShiftService shifts = h.bean(ShiftService.class);
        otherShift =
                as(context, OTHER_CHIEF, () -> shifts.shiftsOf(other).getFirst().id());
        ownShift = as(context, OWN_CHIEF, () -> shifts.shiftsOf(own).getFirst().id());
        StaffService staff = h.bean(StaffService.class);
        otherOfficer = as(
                context, OTHER_CHIEF, () -> staff.officersOf(other).getFirst().id());
        ownOfficer =
                as(context, OWN_CHIEF, () -> staff.officersOf(own).getFirst().id());
        DeviceService devices = h.bean(DeviceService.class);
        otherDevice = as(
                        context,
                        OTHER_CHIEF,
                        () -> devices.register(
                                new DeviceForm(other, DeviceKind.values()[0], "Kamera sasaran uji", null, null)))
                .id();
        ownDevice = as(
                        context,
                        OWN_CHIEF,
                        () -> devices.register(
                                new DeviceForm(own, DeviceKind.values()[0], "Kamera sasaran uji", null, null)))
                .id();
        otherAccount = as(
                context,
                "admin",
                () -> h.bean(AccountService.class).list().stream()
                        .filter(a -> a.username().equals(OTHER_CHIEF))
                        .findFirst()
                        .map(AccountInfo::id)
                        .orElseThrow());

        IntegrationService integrations = h.bean(IntegrationService.class);
        apiToken = as(context, "admin", () -> integrations.issue("Kampanye input buruk " + System.nanoTime()))
                .token();
        var revoked = as(context, "admin", () -> integrations.issue("Klien dicabut " + System.nanoTime()));
        as(context, "admin", () -> integrations.revoke(revoked.client().id()));
        revokedApiToken = revoked.token();

        WallScreenService screens = h.bean(WallScreenService.class);
        var revokedScreen = as(context, "admin", () -> screens.pair("Layar dicabut " + System.nanoTime()));
        as(context, "admin", () -> screens.revoke(revokedScreen.screen().id()));
        revokedScreenToken = revokedScreen.token();
        var expiredScreen = as(context, "admin", () -> screens.pair("Layar kedaluwarsa " + System.nanoTime()));
        new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                .update(
                        "update wall_screen set created_at = ? where id = ?",
                        Timestamp.from(Instant.now().minus(3, ChronoUnit.DAYS)),
                        expiredScreen.screen().id());
        expiredScreenToken = expiredScreen.token();

        // A sign-in code of Jakarta Utara, used once by an officer on its running shift, and one of Jakarta Pusat.
        AttendanceService attendance = h.bean(AttendanceService.class);
        var codes = as(context, OTHER_CHIEF, () -> attendance.signInCodes(other));
        String used = codes.isEmpty() ? "qr-tanpa-sif" : codes.getFirst().token();
        long officer = -1;
        if (!codes.isEmpty()) {
            AssignmentInfo planned = as(context, OTHER_CHIEF, () -> roster.week(other, monday)).stream()
                    .filter(a -> a.shiftId() == codes.getFirst().shift().id()
                            && a.day().equals(codes.getFirst().day()))
                    .findFirst()
                    .orElse(null);
            if (planned != null) {
                officer = planned.officerId();
                try {
                    SignIn.asOfficer(other, officer);
                    attendance.signInWithCode(used);
                } catch (RuntimeException refused) {
                    // Already present: the code is used all the same for the replay below.
                } finally {
                    SignIn.out();
                }
            }
        }
        usedQrCode = used;
        qrOfficer = officer;
        var ownCodes = as(context, OWN_CHIEF, () -> attendance.signInCodes(own));
        otherPostQrCode =
                ownCodes.isEmpty() ? "qr-tanpa-sif" : ownCodes.getFirst().token();

        idempotencyKey = "kampanye-" + System.nanoTime();
        idempotencyBody = "{\"title\":\"Laporan dengan kunci\",\"category\":\"LOGISTIK\",\"severity\":\"SEDANG\","
                + "\"kelurahan\":\"" + OWN_KELURAHAN + "\",\"source\":\"HOTLINE\"}";
        HttpResponse<String> filed = h.http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + h.port + "/api/v1/issues"))
                        .header("Authorization", "Bearer " + apiToken)
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey)
                        .POST(HttpRequest.BodyPublishers.ofString(idempotencyBody))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (filed.statusCode() != 201) {
            throw new IllegalStateException(
                    "fixture: filing with a key answered " + filed.statusCode() + " " + filed.body());
        }
    }

    IssueForm form(String title, String kelurahan) {
        return new IssueForm(
                title,
                "Uraian",
                category,
                Severity.SEDANG,
                null,
                null,
                kelurahan,
                "7",
                "Jl. Uji",
                IssueSource.POSKO,
                null);
    }

    long newestAssignment(List<Long> ids) {
        return ids.isEmpty() ? -1 : ids.getLast();
    }

    private static long newest(List<ReportInfo> reports) {
        return reports.stream()
                .max(Comparator.comparing(ReportInfo::dueAt))
                .map(ReportInfo::id)
                .orElse(-1L);
    }

    static <T> T as(ApplicationContext context, String user, Callable<T> work) throws Exception {
        SignIn.as(context, user);
        try {
            return work.call();
        } finally {
            SignIn.out();
        }
    }

    // Current versions, read just before a case that needs one (accepted cases move them on).

    static long version(ApplicationContext context, Callable<Long> read) {
        try {
            return as(context, "sekda", read);
        } catch (Exception e) {
            return 0;
        }
    }
}
