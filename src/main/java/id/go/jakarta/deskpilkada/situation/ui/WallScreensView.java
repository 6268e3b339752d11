package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.SecretOnceDialog;
import id.go.jakarta.deskpilkada.situation.PairedScreen;
import id.go.jakarta.deskpilkada.situation.WallPanelKind;
import id.go.jakarta.deskpilkada.situation.WallScreenInfo;
import id.go.jakarta.deskpilkada.situation.WallScreenService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Paired wall screens: register one (its token is shown once), see when each was last seen, revoke. */
@Route("admin/layar")
@Menu(order = 91, title = "nav.screens")
@RolesAllowed("ADMIN")
class WallScreensView extends VerticalLayout implements HasDynamicTitle {

    final Grid<WallScreenInfo> grid = new Grid<>();
    final TextField name = new TextField();
    final Button pair = new Button();
    private final WallScreenService screens;

    WallScreensView(WallScreenService screens) {
        this.screens = screens;
        setSizeFull();
        name.setPlaceholder(getTranslation("screens.name.placeholder"));
        name.setAriaLabel(getTranslation("screens.name"));
        name.setWidth("20em");
        pair.setText(getTranslation("screens.pair"));
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.addClickListener(e -> pair());

        grid.addColumn(WallScreenInfo::name)
                .setHeader(getTranslation("screens.name"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("screens.status." + s.status().name()))
                .setHeader(getTranslation("accounts.status"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.lastSeenAt() == null ? "-" : Wib.dateTime(s.lastSeenAt(), getLocale()))
                .setHeader(getTranslation("screens.lastSeen"))
                .setAutoWidth(true);
        grid.addColumn(s -> Wib.dateTime(s.createdAt(), getLocale()) + " · " + s.createdBy())
                .setHeader(getTranslation("accounts.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button revoke = new Button(getTranslation("screens.revoke"), e -> revoke(s));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(s.active());
            return revoke;
        });
        grid.addComponentColumn(this::panelsOf)
                .setHeader(getTranslation("screens.panels"))
                .setAutoWidth(true);
        grid.setSizeFull();
        add(
                new H2(getTranslation("screens.title")),
                new HorizontalLayout(name, pair),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("screens.panels.help")),
                grid);
        refresh();
    }

    private void pair() {
        try {
            PairedScreen paired = screens.pair(name.getValue());
            name.clear();
            refresh();
            new SecretOnceDialog(
                            getTranslation("screens.paired", paired.screen().name()),
                            getTranslation("screens.paired.help"),
                            paired.token())
                    .open();
        } catch (DeskException e) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** The screen's own panels: none follows the common playlist, one stays on, several rotate. */
    private MultiSelectComboBox<WallPanelKind> panelsOf(WallScreenInfo screen) {
        MultiSelectComboBox<WallPanelKind> panels = new MultiSelectComboBox<>();
        panels.setItems(WallPanelKind.values());
        panels.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        panels.setPlaceholder(getTranslation("screens.panels.common"));
        panels.setAriaLabel(getTranslation("screens.panels") + ": " + screen.name());
        panels.setValue(new LinkedHashSet<>(screen.panels()));
        panels.setEnabled(screen.active());
        panels.setWidth("18em");
        panels.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            List<WallPanelKind> chosen = e.getValue().stream()
                    .sorted(Comparator.comparing(WallPanelKind::ordinal))
                    .toList();
            try {
                screens.setPanels(screen.id(), screen.version(), chosen);
                Notification.show(
                                getTranslation("screens.panels.saved", screen.name()),
                                4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DeskException ex) {
                Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        return panels;
    }

    private void revoke(WallScreenInfo screen) {
        screens.revoke(screen.id());
        refresh();
        Notification.show(getTranslation("screens.revokedNow", screen.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    void refresh() {
        grid.setItems(screens.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screens.title") + " · " + getTranslation("app.name");
    }
}
