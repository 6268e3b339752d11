package id.go.jakarta.deskpilkada.device.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.device.CameraRules;
import id.go.jakarta.deskpilkada.device.CameraSnapshots;
import id.go.jakarta.deskpilkada.device.CameraSourceService;
import id.go.jakarta.deskpilkada.device.CameraSourcesChanged;
import id.go.jakarta.deskpilkada.device.DeviceInfo;
import id.go.jakarta.deskpilkada.device.DeviceService;
import id.go.jakarta.deskpilkada.device.DeviceStatus;
import id.go.jakarta.deskpilkada.device.DevicesChanged;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.posko.ui.PostSelect;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A post's Kominfomas devices. A post's chief and officers see and manage their own post; ADMIN
 * and leadership choose a post (leadership reads only). Status changes appear on every wall at once.
 * A camera's snapshot column says whether the walls show its image, and why not when its address
 * is outside the sources the ADMIN allowed.
 */
@Route("perangkat")
@Menu(order = 20, title = "nav.devices")
@RolesAllowed({"PIMPINAN", "KETUA_POSKO", "PETUGAS", "ADMIN"})
class DevicesView extends VerticalLayout implements HasDynamicTitle {

    final PostSelect post;
    final Grid<DeviceInfo> grid = new Grid<>();
    final Button add = new Button();
    final Paragraph notAllowed = new Paragraph();
    private final DeviceService devices;
    private final CameraSourceService cameraSources;
    private final Actor actor;
    private CameraRules cameraRules;

    DevicesView(DeviceService devices, CameraSourceService cameraSources, PoskoService posko, LiveEventBus bus) {
        this.devices = devices;
        this.cameraSources = cameraSources;
        this.cameraRules = cameraSources.rules();
        this.actor = CurrentActor.require();
        setSizeFull();
        post = new PostSelect(posko, actor);
        post.addValueChangeListener(e -> refresh());

        add.setText(getTranslation("devices.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new DeviceDialog(devices, post.getValue().id(), null, this::refresh).open());

        grid.addColumn(d -> getTranslation(d.kind().labelKey()))
                .setHeader(getTranslation("devices.kind"))
                .setAutoWidth(true);
        grid.addColumn(DeviceInfo::name)
                .setHeader(getTranslation("devices.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> {
                    Span badge = new Span(getTranslation(d.status().labelKey()));
                    badge.addClassNames(
                            "device-status", "device-" + d.status().name().toLowerCase(java.util.Locale.ROOT));
                    return badge;
                })
                .setHeader(getTranslation("devices.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> Wib.dateTime(d.statusSince(), getLocale()))
                .setHeader(getTranslation("devices.since"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.statusNote() == null ? "" : d.statusNote())
                .setHeader(getTranslation("devices.note"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::snapshotOf)
                .setHeader(getTranslation("devices.snapshot"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setSizeFull();

        notAllowed.addClassName("dialog-error");
        notAllowed.setVisible(false);
        add(new H2(getTranslation("devices.title")), new HorizontalLayout(post, add), notAllowed, grid);
        refresh();
        LiveRefresh.bind(
                this, bus, e -> e instanceof DevicesChanged || e instanceof CameraSourcesChanged, this::refresh);
    }

    /** Whether the walls show the camera's image: a link to it, or why not. */
    Component snapshotOf(DeviceInfo device) {
        String url = device.snapshotUrl();
        if (url == null) {
            return new Span();
        }
        if (!cameraRules.permits(url)) {
            Span refused = new Span(getTranslation("devices.snapshot.notAllowed"));
            refused.getElement().getThemeList().add("badge error");
            refused.setTitle(getTranslation("devices.snapshot.notAllowed.why"));
            return refused;
        }
        Anchor view = new Anchor(CameraSnapshots.PATH + device.id(), getTranslation("devices.snapshot.view"));
        view.setTarget(AnchorTarget.BLANK);
        view.setRouterIgnore(true);
        return view;
    }

    private HorizontalLayout actions(DeviceInfo device) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!devices.mayReport(actor, device.poskoId())) {
            return actions;
        }
        for (DeviceStatus status : DeviceStatus.values()) {
            Button set = new Button(
                    getTranslation(status.labelKey()), e -> run(() -> devices.reportStatus(device.id(), status, null)));
            set.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            set.setEnabled(status != device.status());
            actions.add(set);
        }
        if (!devices.mayManage(actor, device.poskoId())) {
            return actions;
        }
        Button edit = new Button(
                getTranslation("devices.edit"),
                e -> new DeviceDialog(devices, device.poskoId(), device, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button(
                getTranslation("devices.remove"), e -> run(() -> devices.remove(device.id(), device.version())));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        actions.add(edit, remove);
        return actions;
    }

    private void run(Runnable change) {
        try {
            change.run();
        } catch (DeskException e) {
            Notification.show(getTranslation(e.messageKey(), e.args()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void refresh() {
        PoskoTile selected = post.getValue();
        cameraRules = cameraSources.rules();
        List<DeviceInfo> shown = selected == null ? List.of() : devices.ofPost(selected.id());
        long refused = shown.stream()
                .filter(d -> d.snapshotUrl() != null && !cameraRules.permits(d.snapshotUrl()))
                .count();
        notAllowed.setText(getTranslation("devices.snapshot.notAllowed.count", refused));
        notAllowed.setVisible(refused > 0);
        grid.setItems(shown);
        add.setVisible(selected != null && devices.mayManage(actor, selected.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("devices.title") + " · " + getTranslation("app.name");
    }
}
