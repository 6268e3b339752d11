package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.AttendanceService;
import id.go.jakarta.deskpilkada.duty.AttendanceStatus;
import id.go.jakarta.deskpilkada.duty.CoverageService;
import id.go.jakarta.deskpilkada.duty.DutyEvent;
import id.go.jakarta.deskpilkada.duty.PostCoverage;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.ui.PostSelect;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The chief's sign-in board for his post: coverage of the running shifts per role, today's people
 * with their attendance and one-click marking (present, late, absent, excused, sign-out,
 * replacement), and the rotating QR code officers scan with their phones. Kept current by push;
 * the QR code turns over every 20 s and after every use.
 */
@Route("kehadiran")
@Menu(order = 12, title = "nav.attendance")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "ADMIN"})
class DutyBoardView extends VerticalLayout implements HasDynamicTitle {

    static final int QR_TURN_SECONDS = 20;

    final PostSelect post;
    final Div coverage = new Div();
    final Div codes = new Div();
    final Grid<AssignmentInfo> grid = new Grid<>();

    private final AttendanceService attendance;
    private final RosterService roster;
    private final ShiftService shifts;
    private final CoverageService coverageService;
    private final id.go.jakarta.deskpilkada.staff.StaffService staff;
    private final String origin;
    private Map<Long, OfficerInfo> people = Map.of();
    private Map<Long, ShiftInfo> shiftById = Map.of();
    private com.vaadin.flow.shared.@org.jspecify.annotations.Nullable Registration polling;

    DutyBoardView(
            AttendanceService attendance,
            RosterService roster,
            ShiftService shifts,
            CoverageService coverageService,
            id.go.jakarta.deskpilkada.staff.StaffService staff,
            PoskoService posko,
            LiveEventBus bus) {
        this.attendance = attendance;
        this.roster = roster;
        this.shifts = shifts;
        this.coverageService = coverageService;
        this.staff = staff;
        this.origin = origin();
        Actor actor = CurrentActor.require();
        setSizeFull();
        addClassName("duty-board");
        post = new PostSelect(posko, actor);
        post.addValueChangeListener(e -> refresh());

        grid.addColumn(a -> name(a.officerId()))
                .setHeader(getTranslation("duty.officer"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.role().labelKey()))
                .setHeader(getTranslation("detail.role"))
                .setAutoWidth(true);
        grid.addColumn(this::shiftLabel).setHeader(getTranslation("duty.shift")).setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("duty.status"))
                .setAutoWidth(true);
        grid.addColumn(this::signedIn)
                .setHeader(getTranslation("duty.signedIn"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("duty.actions"))
                .setAutoWidth(true);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("duty.board.empty"));

        codes.addClassName("duty-codes");
        coverage.addClassName("duty-coverage");
        HorizontalLayout top = new HorizontalLayout(coverage, codes);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.START);
        coverage.getStyle().set("flex", "1");
        add(new H2(getTranslation("duty.board.title")), post, top, grid);
        refresh();
        LiveRefresh.bind(
                this,
                bus,
                e -> e instanceof DutyEvent d
                        && post.getValue() != null
                        && d.poskoId() == post.getValue().id(),
                this::refresh);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(QR_TURN_SECONDS * 1000);
        polling = event.getUI().addPollListener(poll -> refreshCodes());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    void refresh() {
        PoskoTile selected = post.getValue();
        if (selected == null) {
            return;
        }
        people = staff.officersOf(selected.id()).stream().collect(Collectors.toMap(OfficerInfo::id, o -> o));
        Map<Long, ShiftInfo> byId = new HashMap<>();
        shifts.shiftsOf(selected.id()).forEach(s -> byId.put(s.id(), s));
        shiftById = byId;
        List<AssignmentInfo> board = attendance.board(selected.id());
        // Officers lent from other posts or replacements: names through the roster's candidates.
        if (board.stream().anyMatch(a -> !people.containsKey(a.officerId()))) {
            Map<Long, OfficerInfo> all = new HashMap<>(people);
            roster.candidates(selected.id()).forEach(o -> all.putIfAbsent(o.id(), o));
            people = all;
        }
        grid.setItems(board);
        renderCoverage(coverageService.now(selected.id()).orElse(null));
        refreshCodes();
    }

    private void renderCoverage(PostCoverage c) {
        coverage.removeAll();
        coverage.add(new H3(getTranslation("duty.coverage.now")));
        if (c == null || c.shifts().isEmpty()) {
            coverage.add(new Paragraph(getTranslation("detail.coverage.none")));
            return;
        }
        Span total = new Span(getTranslation("duty.coverage.total", c.present(), c.required()));
        total.addClassName(c.gap() ? "coverage-gap" : "coverage-ok");
        coverage.add(total);
        for (PostCoverage.ShiftCoverage s : c.shifts()) {
            String roles = s.roles().stream()
                    .map(r -> getTranslation(r.role().labelKey()) + " " + r.present() + "/"
                            + r.required()
                            + (r.pending() > 0
                                    ? " (" + getTranslation("duty.coverage.pending", r.pending()) + ")"
                                    : ""))
                    .collect(Collectors.joining(" · "));
            coverage.add(new Paragraph(s.name() + " " + Wib.time(s.startsAt()) + "\u2013" + Wib.time(s.endsAt())
                    + (s.inGrace() ? " · " + getTranslation("duty.coverage.grace") : "") + ": " + roles));
        }
        if (c.gap()) {
            Paragraph gap = new Paragraph(getTranslation(
                    "wall.staffing.missing",
                    c.missing().stream()
                            .map(m -> m.count() + " " + getTranslation(m.role().labelKey()))
                            .collect(Collectors.joining(", "))));
            gap.addClassName("coverage-gap");
            coverage.add(gap);
        }
    }

    void refreshCodes() {
        PoskoTile selected = post.getValue();
        codes.removeAll();
        if (selected == null) {
            return;
        }
        List<AttendanceService.SignInCode> open = attendance.signInCodes(selected.id());
        if (open.isEmpty()) {
            codes.add(new Paragraph(getTranslation("duty.qr.none")));
            return;
        }
        for (AttendanceService.SignInCode code : open) {
            String url = origin + "/hadir/" + code.token();
            Image image = new Image(
                    QrSvg.dataUrl(url),
                    getTranslation("duty.qr.alt", code.shift().name()));
            image.addClassName("duty-qr");
            image.getElement().setAttribute("data-token", code.token());
            Div box = new Div(
                    image,
                    new Paragraph(getTranslation(
                            "duty.qr.caption",
                            code.shift().name(),
                            Wib.date(code.day(), getLocale()),
                            Wib.time(code.expiresAt()))));
            box.addClassName("duty-qr-box");
            codes.add(box);
        }
    }

    private Span statusBadge(AssignmentInfo a) {
        String text = getTranslation(a.status().labelKey());
        if (a.signedOutAt() != null) {
            text += " · " + getTranslation("duty.signedOut", Wib.time(a.signedOutAt()));
        }
        Span badge = new Span(text);
        badge.addClassNames("attendance", "attendance-" + a.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private String signedIn(AssignmentInfo a) {
        if (a.signedInAt() == null) {
            return a.note() == null ? "" : a.note();
        }
        return Wib.time(a.signedInAt())
                + (a.method() == null
                        ? ""
                        : " · " + getTranslation("signIn." + a.method().name()));
    }

    private HorizontalLayout actions(AssignmentInfo a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (!a.endsAt().isAfter(java.time.Instant.now())) {
            actions.add(new Span(getTranslation("duty.shiftOver")));
            return actions;
        }
        for (AttendanceStatus status : List.of(
                AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT, AttendanceStatus.IZIN)) {
            if (status == a.status()) {
                continue;
            }
            Button b = new Button(getTranslation(status.labelKey()), e -> mark(a, status));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(b);
        }
        if (a.onDuty()) {
            Button out =
                    new Button(getTranslation("duty.signOut"), e -> run(() -> attendance.signOut(a.id(), a.version())));
            out.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(out);
        }
        if (a.status().away()) {
            Button replace = new Button(getTranslation("duty.replace"), e -> replaceDialog(a));
            replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(replace);
        }
        return actions;
    }

    boolean mark(AssignmentInfo a, AttendanceStatus status) {
        return run(() -> attendance.mark(a.id(), a.version(), status, null));
    }

    void replaceDialog(AssignmentInfo absent) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("duty.replace.title", name(absent.officerId())));
        ComboBox<OfficerInfo> who = new ComboBox<>(getTranslation("duty.replace.who"));
        who.setItems(roster.candidates(absent.poskoId()).stream()
                .filter(o -> o.id() != absent.officerId())
                .sorted((x, y) -> Boolean.compare(y.reserve(), x.reserve()))
                .toList());
        who.setItemLabelGenerator(
                o -> o.fullName() + " · " + getTranslation(o.postRole().labelKey())
                        + (o.reserve() ? " · " + getTranslation("detail.reserve") : ""));
        who.setWidthFull();
        Button save = new Button(getTranslation("duty.replace.save"), e -> {
            if (who.getValue() == null) {
                who.setInvalid(true);
                who.setErrorMessage(getTranslation("duty.replace.pick"));
                return;
            }
            if (run(() -> attendance.replace(
                    absent.id(), absent.version(), who.getValue().id()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(who);
        dialog.getFooter().add(new Button(getTranslation("duty.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private boolean run(Supplier<?> change) {
        return Attempt.run(change, this::refresh);
    }

    private String shiftLabel(AssignmentInfo a) {
        ShiftInfo s = shiftById.get(a.shiftId());
        return (s == null ? "?" : s.name()) + " " + Wib.time(a.startsAt()).replace(" WIB", "") + "\u2013"
                + Wib.time(a.endsAt());
    }

    private String name(long officerId) {
        OfficerInfo o = people.get(officerId);
        return o == null ? "#" + officerId : o.fullName();
    }

    /** Where phones reach this server (the QR code carries a full address). */
    private static String origin() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean standard =
                "http".equals(http.getScheme()) && port == 80 || "https".equals(http.getScheme()) && port == 443;
        return http.getScheme() + "://" + http.getServerName() + (standard ? "" : ":" + port) + http.getContextPath();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.board.title") + " · " + getTranslation("app.name");
    }
}
