package id.go.jakarta.deskpilkada.situation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.situation.WallPlaylist;
import id.go.jakarta.deskpilkada.situation.WallSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** The wall playlist: which panels, in what order, how long each; the pass through the posts; silence limit. */
@Route("admin/putaran")
@Menu(order = 92, title = "nav.playlist")
@RolesAllowed("ADMIN")
class WallPlaylistView extends VerticalLayout implements HasDynamicTitle {

    /** One panel's row of the form. */
    final class PanelRow extends HorizontalLayout {
        final WallPlaylist.Panel panel;
        final Checkbox enabled = new Checkbox();
        final IntegerField seconds = new IntegerField();

        PanelRow(WallPlaylist.Panel panel) {
            this.panel = panel;
            setAlignItems(Alignment.BASELINE);
            enabled.setLabel(getTranslation(panel.kind().labelKey()));
            enabled.setValue(panel.enabled());
            enabled.setWidth("12em");
            seconds.setValue(panel.seconds());
            seconds.setSuffixComponent(new Div(getTranslation("playlist.seconds")));
            seconds.setWidth("9em");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(this, -1));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(this, 1));
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            up.setAriaLabel(getTranslation("playlist.up"));
            down.setAriaLabel(getTranslation("playlist.down"));
            add(enabled, seconds, up, down);
        }

        WallPlaylist.Panel value() {
            return new WallPlaylist.Panel(
                    panel.kind(), enabled.getValue(), seconds.getValue() == null ? 0 : seconds.getValue());
        }
    }

    final VerticalLayout panels = new VerticalLayout();
    final List<PanelRow> rows = new ArrayList<>();
    final Checkbox postPass = new Checkbox();
    final IntegerField postSeconds = new IntegerField();
    final IntegerField silence = new IntegerField();
    final Div error = new Div();
    final Button save = new Button();
    /** Whose playlist this is: the deployment's default, this desk's own, or the default it follows. */
    final Paragraph scope = new Paragraph();

    final Button followDefault = new Button();
    private final WallSettingsService settings;
    private long version;

    WallPlaylistView(WallSettingsService settings) {
        this.settings = settings;
        panels.setPadding(false);
        panels.setSpacing(false);
        postPass.setLabel(getTranslation("playlist.postPass"));
        postSeconds.setLabel(getTranslation("playlist.postSeconds"));
        silence.setLabel(getTranslation("playlist.silence"));
        silence.setHelperText(getTranslation("playlist.silence.help"));
        error.addClassName("dialog-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("alertDialog.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        scope.addClassName("help-text");
        followDefault.setText(getTranslation("playlist.followDefault"));
        followDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        followDefault.addClickListener(e -> backToDefault());
        add(
                new H2(getTranslation("playlist.title")),
                scope,
                new H3(getTranslation("playlist.panels")),
                panels,
                new H3(getTranslation("playlist.posts")),
                postPass,
                postSeconds,
                silence,
                error,
                new HorizontalLayout(save, followDefault));
        show(settings.playlist());
    }

    private void show(WallPlaylist playlist) {
        version = playlist.version();
        boolean deploymentWide = CurrentActor.require().deskId() == null;
        boolean follows = settings.followsDefault();
        scope.setText(getTranslation(
                deploymentWide ? "playlist.scope.default" : follows ? "playlist.scope.follows" : "playlist.scope.own"));
        followDefault.setVisible(!deploymentWide && !follows);
        rows.clear();
        playlist.panels().forEach(p -> rows.add(new PanelRow(p)));
        panels.removeAll();
        rows.forEach(panels::add);
        postPass.setValue(playlist.postPass());
        postSeconds.setValue(playlist.postSeconds());
        silence.setValue(playlist.silenceMinutes());
    }

    private void move(PanelRow row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        panels.removeAll();
        rows.forEach(panels::add);
    }

    private void save() {
        WallPlaylist wanted = new WallPlaylist(
                rows.stream().map(PanelRow::value).toList(),
                postPass.getValue(),
                postSeconds.getValue() == null ? 0 : postSeconds.getValue(),
                silence.getValue() == null ? 0 : silence.getValue(),
                version);
        try {
            show(settings.save(wanted));
            error.setVisible(false);
            Notification.show(getTranslation("accounts.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
            error.setVisible(true);
        }
    }

    private void backToDefault() {
        try {
            show(settings.followDefault());
            error.setVisible(false);
            Notification.show(getTranslation("playlist.followDefault.done"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DeskException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
            error.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("playlist.title") + " · " + getTranslation("app.name");
    }
}
