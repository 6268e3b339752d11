package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;

/** One post on the overview: name, wilayah, alert level in colour and word, last change. */
class PoskoCard extends Div {

    final H3 name = new H3();
    final Span wilayah = new Span();
    final Span badge = new Span();
    final Paragraph changed = new Paragraph();
    final Paragraph reason = new Paragraph();
    final Button change = new Button();
    final Button history = new Button();
    final Button detail = new Button();

    private final PoskoService posko;
    private PoskoTile tile;

    PoskoCard(PoskoService posko, boolean mayChange, boolean mayOpenDetail) {
        this.posko = posko;
        addClassName("posko-card");
        badge.addClassName("alert-badge");
        wilayah.addClassName("posko-wilayah");
        changed.addClassName("posko-changed");
        reason.addClassName("posko-reason");

        change.setText(getTranslation("overview.change"));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        change.addClickListener(e -> openChangeDialog());
        change.setVisible(mayChange);
        history.setText(getTranslation("overview.history"));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        history.addClickListener(e -> openHistory());

        detail.setText(getTranslation("overview.detail"));
        detail.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        detail.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("posko/" + tile.code())));
        detail.setVisible(mayOpenDetail);

        Div head = new Div(name, badge);
        head.addClassName("posko-card-head");
        Div actions = new Div(change, history, detail);
        actions.addClassName("posko-card-actions");
        add(head, wilayah, changed, reason, actions);
    }

    void show(PoskoTile shown) {
        this.tile = shown;
        setId("posko-" + shown.code());
        getElement().setAttribute("data-alert", shown.alertLevel().name());
        name.setText(shown.name());
        wilayah.setText(shown.wilayahName());
        AlertLevel level = shown.alertLevel();
        badge.setText(getTranslation(level.labelKey()));
        for (AlertLevel l : AlertLevel.values()) {
            badge.removeClassName("alert-" + l.cssName());
            removeClassName("posko-card-" + l.cssName());
        }
        badge.addClassName("alert-" + level.cssName());
        addClassName("posko-card-" + level.cssName());
        if (shown.alertChangedAt() != null && shown.alertChangedBy() != null) {
            changed.setText(getTranslation(
                    "overview.changedBy", shown.alertChangedBy(), Wib.dateTime(shown.alertChangedAt(), getLocale())));
        } else {
            changed.setText(getTranslation("overview.neverChanged"));
        }
        reason.setText(shown.alertReason() == null ? "" : shown.alertReason());
    }

    private void openChangeDialog() {
        new AlertChangeDialog(posko, tile).open();
    }

    private void openHistory() {
        new AlertHistoryDialog(posko, tile).open();
    }
}
