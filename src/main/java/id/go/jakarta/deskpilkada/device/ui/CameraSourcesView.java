package id.go.jakarta.deskpilkada.device.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.Attempt;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.device.CameraSourceForm;
import id.go.jakarta.deskpilkada.device.CameraSourceInfo;
import id.go.jakarta.deskpilkada.device.CameraSourceKind;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.CameraSourcesChanged;
import id.go.jakarta.deskpilkada.device.camera.CameraProperties;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/**
 * The camera sources the ADMIN allows: the server fetches a CCTV snapshot for the walls only from
 * an address inside one of them. Each source is changed or removed against the version the screen
 * showed (someone else's change in between is refused, never overwritten); the list follows other
 * admins' changes live.
 */
@Route("admin/kamera")
@Menu(order = 91.5, title = "nav.cameraSources")
@RolesAllowed("ADMIN")
class CameraSourcesView extends VerticalLayout implements HasDynamicTitle {

    private static final long MIB = 1024 * 1024;

    final Select<CameraSourceKind> kind = new Select<>();
    final TextField address = new TextField();
    final TextField note = new TextField();
    final Button add = new Button();
    final Grid<CameraSourceInfo> grid = new Grid<>();
    private final CameraSourceService sources;

    CameraSourcesView(CameraSourceService sources, CameraProperties limits, LiveEventBus bus) {
        this.sources = sources;
        setMaxWidth("1100px");

        kind.setLabel(getTranslation("cameraSources.kind"));
        kind.setItems(CameraSourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(CameraSourceKind.ADDRESS);
        kind.addValueChangeListener(e -> explain(address, e.getValue()));
        address.setLabel(getTranslation("cameraSources.address"));
        address.setMaxLength(CameraSourceService.MAX_ADDRESS);
        explain(address, kind.getValue());
        note.setLabel(getTranslation("cameraSources.note"));
        note.setPlaceholder(getTranslation("cameraSources.note.placeholder"));
        note.setMaxLength(CameraSourceService.MAX_NOTE);
        add.setText(getTranslation("cameraSources.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> create());
        FormLayout form = new FormLayout(kind, address, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        grid.addColumn(s -> getTranslation(s.kind().labelKey()))
                .setHeader(getTranslation("cameraSources.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
                    Span written = new Span(s.address());
                    written.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
                    return written;
                })
                .setHeader(getTranslation("cameraSources.address"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.note() == null ? "" : s.note())
                .setHeader(getTranslation("cameraSources.note"))
                .setFlexGrow(1);
        grid.addColumn(s -> Wib.dateTime(s.createdAt(), getLocale()) + " · " + s.createdBy())
                .setHeader(getTranslation("cameraSources.added"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);

        Paragraph limitsText = new Paragraph(getTranslation(
                "cameraSources.limits",
                limits.timeout().toSeconds(),
                (limits.maxBytes() + MIB - 1) / MIB,
                limits.fresh().toSeconds()));
        limitsText.addClassName("help-text");
        add(
                new H2(getTranslation("cameraSources.title")),
                new Paragraph(getTranslation("cameraSources.intro")),
                new H3(getTranslation("cameraSources.add.title")),
                form,
                add,
                new H3(getTranslation("cameraSources.list")),
                grid,
                limitsText);
        refresh();
        LiveRefresh.bind(this, bus, e -> e instanceof CameraSourcesChanged, this::refresh);
    }

    private void create() {
        CameraSourceForm form = new CameraSourceForm(
                Objects.requireNonNullElse(kind.getValue(), CameraSourceKind.ADDRESS),
                address.getValue(),
                note.getValue());
        if (Attempt.run(() -> sources.add(form), this::refresh)) {
            success(getTranslation("cameraSources.added.now", address.getValue().strip()));
            address.clear();
            note.clear();
        }
    }

    private HorizontalLayout actions(CameraSourceInfo source) {
        Button edit = new Button(
                getTranslation("cameraSources.edit"),
                e -> new CameraSourceDialog(sources, source, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(getTranslation("cameraSources.remove"), e -> {
            if (Attempt.run(
                    () -> {
                        sources.remove(source.id(), source.version());
                        return source;
                    },
                    this::refresh)) {
                success(getTranslation("cameraSources.removed", source.address()));
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, remove);
    }

    /** The example and rule for the kind of entry being written. */
    static void explain(TextField field, CameraSourceKind kind) {
        field.setHelperText(field.getTranslation("cameraSources.address.help." + kind.name()));
        field.setPlaceholder(field.getTranslation("cameraSources.address.placeholder." + kind.name()));
    }

    void refresh() {
        grid.setItems(sources.list());
    }

    private static void success(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cameraSources.title") + " · " + getTranslation("app.name");
    }
}
