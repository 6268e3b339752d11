package id.go.jakarta.deskpilkada.election.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.election.ElectionActivated;
import id.go.jakarta.deskpilkada.election.ElectionChanged;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.ElectionService;
import id.go.jakarta.deskpilkada.election.ElectionSetup;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The election a desk works on, set up by the ADMIN without a developer: a new election starts from
 * the KPU template of stages placed around its voting day; the description and the calendar are then
 * edited, each against the version the editor saw, and every screen follows at once.
 */
@Route("admin/pemilihan")
@Menu(order = 89, title = "nav.elections")
@RolesAllowed("ADMIN")
class ElectionSetupView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ElectionInfo> elections = new Grid<>();
    final Button create = new Button();
    final Div editor = new Div();
    final TextField name = new TextField();
    final Select<ElectionKind> kind = new Select<>();
    final ComboBox<WilayahArea> region = new ComboBox<>();
    final DatePicker votingDay = new DatePicker();
    final DatePicker secondRound = new DatePicker();
    final Checkbox moveCalendar = new Checkbox();
    final Button saveDescription = new Button();
    final Button activate = new Button();
    final Button deactivate = new Button();
    final CalendarEditor calendar;
    final Span status = new Span();

    private final ElectionService service;
    private final WilayahService wilayah;
    private final Clock clock;
    private @Nullable ElectionInfo selected;

    ElectionSetupView(ElectionService service, WilayahService wilayah, LiveEventBus bus, Clock clock) {
        this.service = service;
        this.wilayah = wilayah;
        this.clock = clock;
        this.calendar = new CalendarEditor(service);
        setMaxWidth("1200px");

        elections
                .addColumn(ElectionInfo::name)
                .setHeader(getTranslation("election.name"))
                .setFlexGrow(1);
        elections
                .addColumn(e -> getTranslation(e.kind().labelKey()))
                .setHeader(getTranslation("election.kind"))
                .setAutoWidth(true);
        elections
                .addColumn(this::regionName)
                .setHeader(getTranslation("election.region"))
                .setAutoWidth(true);
        elections
                .addColumn(e -> e.votingDay() == null ? "-" : Wib.date(e.votingDay(), getLocale()))
                .setHeader(getTranslation("election.votingDay"))
                .setAutoWidth(true);
        elections
                .addColumn(this::state)
                .setHeader(getTranslation("election.state"))
                .setAutoWidth(true);
        elections.setAllRowsVisible(true);
        elections.addSelectionListener(e -> select(e.getFirstSelectedItem().orElse(null)));

        create.setText(getTranslation("election.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new NewElectionDialog(service, wilayah, clock, this::created).open());

        describeFields();
        add(
                new H2(getTranslation("election.title")),
                new Paragraph(getTranslation("election.intro")),
                create,
                elections,
                editor);
        editor.setWidthFull();
        LiveRefresh.bind(this, bus, e -> e instanceof ElectionChanged || e instanceof ElectionActivated, this::reload);
        reload();
    }

    private void describeFields() {
        name.setLabel(getTranslation("election.name"));
        name.setMaxLength(ElectionService.MAX_NAME);
        name.setRequired(true);
        kind.setLabel(getTranslation("election.kind"));
        kind.setItems(ElectionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                RegionChoices.offer(region, wilayah, e.getValue());
            }
        });
        region.setLabel(getTranslation("election.region"));
        region.setRequired(true);
        votingDay.setLabel(getTranslation("election.votingDay"));
        votingDay.setRequired(true);
        secondRound.setLabel(getTranslation("election.secondRound"));
        secondRound.setHelperText(getTranslation("election.secondRound.help"));
        secondRound.setClearButtonVisible(true);
        moveCalendar.setLabel(getTranslation("election.moveCalendar"));
        saveDescription.setText(getTranslation("election.saveDescription"));
        saveDescription.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveDescription.addClickListener(e -> saveDescription());
        activate.setText(getTranslation("election.activate"));
        activate.addClickListener(e -> activate());
        deactivate.setText(getTranslation("election.deactivate"));
        deactivate.addClickListener(e -> deactivate());
    }

    private void created(ElectionInfo election) {
        selected = election;
        reload();
        Notification.show(getTranslation(
                        "election.created", election.name(), election.stages().size()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reload() {
        List<ElectionInfo> all = service.all();
        Long keep = selected == null ? null : selected.id();
        elections.setItems(all);
        Optional<ElectionInfo> again = keep == null
                ? all.stream().filter(ElectionInfo::active).findFirst()
                : all.stream().filter(e -> e.id() == keep).findFirst();
        again.ifPresentOrElse(elections::select, () -> select(null));
    }

    private void select(@Nullable ElectionInfo election) {
        ElectionInfo before = selected;
        selected = election;
        editor.removeAll();
        if (election == null) {
            return;
        }
        boolean sameDescription =
                before != null && before.id() == election.id() && before.version() == election.version();
        if (!sameDescription || name.isEmpty()) {
            name.setValue(election.name());
            kind.setValue(election.kind());
            RegionChoices.offer(region, wilayah, election.kind());
            wilayah.find(election.regionCode()).ifPresent(region::setValue);
            votingDay.setValue(election.votingDay());
            secondRound.setValue(election.secondRoundDay());
            moveCalendar.setValue(false);
        }
        calendar.show(election);
        activate.setEnabled(!election.active());
        deactivate.setVisible(election.active());
        status.setText(state(election));
        FormLayout form = new FormLayout(name, kind, region, votingDay, secondRound, moveCalendar);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(name, 2);
        HorizontalLayout actions = new HorizontalLayout(saveDescription, activate, deactivate, status);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        editor.add(new H3(getTranslation("election.description")), form, actions, calendar);
    }

    private void saveDescription() {
        ElectionInfo election = selected;
        if (election == null) {
            return;
        }
        WilayahArea area = region.getValue();
        ElectionSetup setup = new ElectionSetup(
                name.getValue(),
                Objects.requireNonNullElse(kind.getValue(), election.kind()),
                area == null ? "" : area.code(),
                votingDay.getValue(),
                secondRound.getValue());
        try {
            selected = service.describe(election.id(), election.version(), setup, moveCalendar.getValue());
            Notification.show(getTranslation("election.saved", selected.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            name.clear();
            reload();
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void activate() {
        ElectionInfo election = selected;
        if (election == null) {
            return;
        }
        try {
            service.activate(election.id());
            Notification.show(getTranslation("election.activated", election.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    private void deactivate() {
        ElectionInfo election = selected;
        if (election == null) {
            return;
        }
        try {
            service.deactivate(election.id());
            Notification.show(getTranslation("election.deactivated", election.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        reload();
    }

    private String regionName(ElectionInfo e) {
        return wilayah.find(e.regionCode()).map(WilayahArea::name).orElse(e.regionCode());
    }

    private String state(ElectionInfo e) {
        String active = getTranslation(e.active() ? "election.state.active" : "election.state.inactive");
        return e.exercise() ? active + " · " + getTranslation("election.state.exercise") : active;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("election.title") + " · Desk Pilkada";
    }
}
