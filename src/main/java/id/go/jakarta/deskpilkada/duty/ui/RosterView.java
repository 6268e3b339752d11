package id.go.jakarta.deskpilkada.duty.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.FileOffer;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.duty.AssignmentInfo;
import id.go.jakarta.deskpilkada.duty.DutyEvent;
import id.go.jakarta.deskpilkada.duty.RosterService;
import id.go.jakarta.deskpilkada.duty.ShiftInfo;
import id.go.jakarta.deskpilkada.duty.ShiftService;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.ui.PostSelect;
import id.go.jakarta.deskpilkada.staff.OfficerInfo;
import id.go.jakarta.deskpilkada.staff.PostRole;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The roster planner: a post's shifts down, the seven days of a week across; each cell lists who
 * holds which place and how many are still needed. A chief plans his own post, leadership and
 * admins any. Every rule is the service's; a refusal is shown as it says. A week can be copied
 * forward and exported as XLSX. Kept current by push.
 */
@Route("jadwal")
@Menu(order = 11, title = "nav.roster")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "ADMIN"})
class RosterView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final DateTimeFormatter HEAD = DateTimeFormatter.ofPattern("EEE d/M", Locale.forLanguageTag("id"));

    final PostSelect post;
    final DatePicker week = new DatePicker();
    final Grid<ShiftInfo> grid = new Grid<>();
    final Span totals = new Span();
    final Button copy = new Button();
    final Button export = new Button();
    /** The week's XLSX, made off the UI thread and offered once. */
    final FileOffer exported = new FileOffer(export);

    final Button manageShifts = new Button();
    final Anchor print = new Anchor();

    private final RosterService roster;
    private final ShiftService shifts;
    private final PoskoService posko;
    private final Messages messages;
    private Map<String, List<AssignmentInfo>> cells = Map.of();
    private Map<Long, OfficerInfo> people = Map.of();

    RosterView(
            RosterService roster,
            ShiftService shifts,
            PoskoService posko,
            LiveEventBus bus,
            Clock clock,
            Messages messages) {
        this.roster = roster;
        this.shifts = shifts;
        this.posko = posko;
        this.messages = messages;
        Actor actor = CurrentActor.require();
        setSizeFull();
        addClassName("roster");
        post = new PostSelect(posko, actor);
        post.addValueChangeListener(e -> refresh());

        week.setLabel(getTranslation("duty.week"));
        week.setLocale(Locale.forLanguageTag("id-ID"));
        week.setValue(monday(Wib.today(clock)));
        week.setRequired(true);
        week.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                // Cleared: back to the week that was shown, never an empty planner.
                week.setValue(e.getOldValue() != null ? e.getOldValue() : monday(Wib.today(clock)));
                return;
            }
            if (e.getValue().getDayOfWeek() != DayOfWeek.MONDAY) {
                week.setValue(monday(e.getValue()));
                return;
            }
            refresh();
        });
        Button previous =
                new Button("\u2039", e -> week.setValue(week.getValue().minusWeeks(1)));
        previous.setAriaLabel(getTranslation("duty.week.previous"));
        Button next = new Button("\u203A", e -> week.setValue(week.getValue().plusWeeks(1)));
        next.setAriaLabel(getTranslation("duty.week.next"));

        copy.setText(getTranslation("duty.copyWeek"));
        copy.addClickListener(e -> copyForward());
        export.setText(getTranslation("duty.export"));
        export.addClickListener(e -> exportWeek());

        grid.addColumn(s -> s.name() + " " + s.hours())
                .setHeader(getTranslation("duty.shift"))
                .setAutoWidth(true)
                .setFrozen(true);
        for (int d = 0; d < 7; d++) {
            int offset = d;
            grid.addComponentColumn(s -> cell(s, week.getValue().plusDays(offset)))
                    .setHeader(getTranslation("duty.dayN", offset + 1))
                    .setKey("day" + offset)
                    .setFlexGrow(1);
        }
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addThemeVariants(
                com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COLUMN_BORDERS);

        manageShifts.setText(getTranslation("duty.shifts.manage"));
        manageShifts.addClickListener(e -> shiftsDialog());

        print.setText(getTranslation("duty.print"));
        print.setTarget("_blank");

        HorizontalLayout bar =
                new HorizontalLayout(post, previous, week, next, copy, export, exported, print, manageShifts);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        totals.addClassName("roster-totals");
        add(new H2(getTranslation("duty.roster.title")), bar, totals, grid);
        refresh();
        LiveRefresh.bind(
                this,
                bus,
                e -> e instanceof DutyEvent d
                        && post.getValue() != null
                        && d.poskoId() == post.getValue().id(),
                this::refresh);
    }

    static LocalDate monday(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1L);
    }

    void refresh() {
        PoskoTile selected = post.getValue();
        LocalDate monday = week.getValue();
        if (selected == null || monday == null) {
            return;
        }
        for (int d = 0; d < 7; d++) {
            grid.getColumnByKey("day" + d).setHeader(HEAD.format(monday.plusDays(d)));
        }
        print.setHref("jadwal/cetak/" + selected.code() + "/" + monday);
        List<ShiftInfo> active = shifts.shiftsOf(selected.id()).stream()
                .filter(ShiftInfo::active)
                .toList();
        Map<String, List<AssignmentInfo>> byCell = new HashMap<>();
        for (AssignmentInfo a : roster.week(selected.id(), monday)) {
            byCell.computeIfAbsent(a.shiftId() + "@" + a.day(), k -> new java.util.ArrayList<>())
                    .add(a);
        }
        cells = byCell;
        people = roster.candidates(selected.id()).stream().collect(Collectors.toMap(OfficerInfo::id, o -> o));
        int postDaily = active.stream().mapToInt(ShiftInfo::requiredTotal).sum();
        int allDaily = shifts.dailyRequired().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        totals.setText(getTranslation("duty.roster.totals", postDaily, allDaily));
        grid.setItems(active);
    }

    private Div cell(ShiftInfo shift, LocalDate day) {
        Div cell = new Div();
        cell.addClassName("roster-cell");
        boolean open = shift.endsAt(day).isAfter(java.time.Instant.now());
        List<AssignmentInfo> here = cells.getOrDefault(shift.id() + "@" + day, List.of());
        long filled = here.stream().filter(a -> !a.status().away()).count();
        Span count = new Span(filled + "/" + shift.requiredTotal());
        count.addClassName(filled < shift.requiredTotal() ? "roster-short" : "roster-full");
        cell.add(count);
        for (AssignmentInfo a : here) {
            OfficerInfo o = people.get(a.officerId());
            Span who = new Span((o == null ? "#" + a.officerId() : o.fullName()) + " · "
                    + getTranslation(a.role().labelKey())
                    + (a.status().away() ? " (" + getTranslation(a.status().labelKey()) + ")" : ""));
            who.addClassName("roster-entry");
            Button remove = new Button(
                    "\u00D7",
                    e -> run(() -> {
                        roster.unassign(a.id(), a.version());
                        return null;
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("duty.unassign"));
            remove.setVisible(open
                    && a.startsAt().isAfter(java.time.Instant.now())
                    && a.status() == id.go.jakarta.deskpilkada.duty.AttendanceStatus.PLANNED);
            cell.add(new Div(who, remove));
        }
        if (open && filled < shift.requiredTotal()) {
            Button add = new Button("+", e -> assignDialog(shift, day));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setAriaLabel(getTranslation("duty.assign"));
            add.addClassName("roster-add");
            cell.add(add);
        }
        return cell;
    }

    void assignDialog(ShiftInfo shift, LocalDate day) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("duty.assign.title", shift.name(), Wib.date(day, getLocale())));
        Select<PostRole> role = new Select<>();
        role.setLabel(getTranslation("detail.role"));
        role.setItems(shift.requiredInOrder().keySet());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(shift.requiredInOrder().keySet().iterator().next());
        ComboBox<OfficerInfo> officer = new ComboBox<>(getTranslation("duty.officer"));
        officer.setItemLabelGenerator(
                o -> o.fullName() + " · " + getTranslation(o.postRole().labelKey())
                        + (o.reserve() ? " · " + getTranslation("detail.reserve") : ""));
        officer.setWidthFull();
        Runnable fill = () -> officer.setItems(people.values().stream()
                .filter(o -> RosterService.canHold(o.postRole(), role.getValue()))
                .sorted((a, b) -> a.fullName().compareTo(b.fullName()))
                .toList());
        role.addValueChangeListener(e -> fill.run());
        fill.run();
        Button save = new Button(getTranslation("duty.assign.save"), e -> {
            if (officer.getValue() == null) {
                officer.setInvalid(true);
                officer.setErrorMessage(getTranslation("duty.replace.pick"));
                return;
            }
            if (run(() -> roster.assign(shift.id(), day, officer.getValue().id(), role.getValue()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(role, officer));
        dialog.getFooter().add(new Button(getTranslation("duty.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** The post's shifts: add, change, switch off or on. */
    void shiftsDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("duty.shifts.title", post.getValue().name()));
        Grid<ShiftInfo> list = new Grid<>();
        list.addColumn(s -> s.name())
                .setHeader(getTranslation("duty.shift.name"))
                .setAutoWidth(true);
        list.addColumn(ShiftInfo::hours).setHeader(getTranslation("duty.hours")).setAutoWidth(true);
        list.addColumn(s -> s.requiredInOrder().entrySet().stream()
                        .map(e -> e.getValue() + " " + getTranslation(e.getKey().labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("duty.shifts.needs"))
                .setFlexGrow(1);
        list.addColumn(s -> getTranslation(s.active() ? "duty.shifts.active" : "duty.shifts.inactive"))
                .setAutoWidth(true);
        Runnable reload = () -> {
            list.setItems(shifts.shiftsOf(post.getValue().id()));
            refresh();
        };
        list.addComponentColumn(s -> {
                    Button edit = new Button(
                            getTranslation("duty.shift.edit"),
                            e -> new ShiftDialog(shifts, post.getValue().id(), s, reload).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    Button toggle = new Button(
                            getTranslation(s.active() ? "duty.shifts.deactivate" : "duty.shifts.activate"), e -> {
                                run(() -> shifts.setActive(s.id(), s.version(), !s.active()));
                                reload.run();
                            });
                    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(edit, toggle);
                })
                .setAutoWidth(true);
        list.setAllRowsVisible(true);
        reload.run();
        dialog.add(list);
        dialog.setWidth("min(60rem, 95vw)");
        Button add = new Button(
                getTranslation("duty.shift.add"),
                e -> new ShiftDialog(shifts, post.getValue().id(), null, reload).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(shiftCopy(post.getValue(), reload));
        dialog.getFooter().add(new Button(getTranslation("dialog.close"), e -> dialog.close()), add);
        dialog.open();
    }

    /** Copy the shifts of another post into this one; an ADMIN may also fill every post that has none. */
    private HorizontalLayout shiftCopy(PoskoTile target, Runnable reload) {
        Select<PoskoTile> source = new Select<>();
        source.setLabel(getTranslation("duty.shifts.copyFrom"));
        source.setItems(
                posko.tiles().stream().filter(p -> p.id() != target.id()).toList());
        source.setItemLabelGenerator(PoskoTile::name);
        Button copyHere = new Button(getTranslation("duty.shifts.copy"), e -> {
            PoskoTile from = source.getValue();
            if (from != null
                    && run(() -> {
                        ShiftService.ShiftCopy done = shifts.copyShifts(from.id(), target.id());
                        Notification.show(getTranslation("duty.shifts.copied", done.copied(), done.skipped()));
                        return done;
                    })) {
                reload.run();
            }
        });
        HorizontalLayout row = new HorizontalLayout(source, copyHere);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        if (CurrentActor.require().is(id.go.jakarta.deskpilkada.base.security.Role.ADMIN)) {
            Button toAll = new Button(getTranslation("duty.shifts.copyToAll", target.name()), e -> {
                if (run(() -> {
                    ShiftService.ShiftCopy done = shifts.copyShiftsToPostsWithout(target.id());
                    Notification.show(getTranslation("duty.shifts.copiedToAll", done.copied(), done.posts()));
                    return done;
                })) {
                    reload.run();
                }
            });
            row.add(toAll);
        }
        return row;
    }

    void copyForward() {
        LocalDate from = week.getValue();
        try {
            RosterService.CopyResult result = roster.copyWeek(post.getValue().id(), from, from.plusWeeks(1));
            String skipped = result.skipped().stream()
                    .limit(10)
                    .map(s -> s.day() + " " + s.shift() + " " + s.officer() + ": "
                            + getTranslation(s.reasonKey(), s.args()))
                    .collect(Collectors.joining("\n"));
            Notification n = Notification.show(
                    getTranslation(
                                    "duty.copied",
                                    result.copied(),
                                    result.skipped().size())
                            + (skipped.isEmpty() ? "" : "\n" + skipped),
                    8000,
                    Notification.Position.MIDDLE);
            n.addThemeVariants(
                    result.skipped().isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
            week.setValue(from.plusWeeks(1));
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Exports the week shown off the UI thread, as the signed-in user, in his language, and offers
     * the file once; a refusal is said in his language.
     */
    void exportWeek() {
        PoskoTile selected = post.getValue();
        LocalDate monday = week.getValue();
        if (selected == null || monday == null) {
            return;
        }
        // The work runs outside any request: it translates with the bundles, not the component.
        Locale language = getLocale();
        String name = "jadwal-" + selected.code() + "-" + monday + ".xlsx";
        exported.prepare(running -> new FileOffer.File(
                name,
                XLSX_TYPE,
                roster.exportWeek(selected.id(), monday, key -> messages.getTranslation(key, language))));
    }

    private boolean run(Supplier<?> change) {
        return Attempt.run(change, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duty.roster.title") + " · " + getTranslation("app.name");
    }
}
