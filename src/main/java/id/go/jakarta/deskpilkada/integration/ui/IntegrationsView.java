package id.go.jakarta.deskpilkada.integration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.base.ui.SecretOnceDialog;
import id.go.jakarta.deskpilkada.integration.ApiClientInfo;
import id.go.jakarta.deskpilkada.integration.IntegrationService;
import id.go.jakarta.deskpilkada.integration.IssuedApiToken;
import jakarta.annotation.security.RolesAllowed;

/** Integration clients of the API: issue a token (shown once), see last use, revoke. */
@Route("admin/integrasi")
@Menu(order = 93, title = "nav.integrations")
@RolesAllowed("ADMIN")
class IntegrationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ApiClientInfo> grid = new Grid<>();
    final TextField name = new TextField();
    final Button issue = new Button();
    private final IntegrationService integrations;

    IntegrationsView(IntegrationService integrations) {
        this.integrations = integrations;
        setSizeFull();
        name.setPlaceholder(getTranslation("integrations.name.placeholder"));
        name.setAriaLabel(getTranslation("integrations.name"));
        name.setWidth("20em");
        issue.setText(getTranslation("integrations.issue"));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> issue());
        grid.addColumn(ApiClientInfo::name)
                .setHeader(getTranslation("integrations.name"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.active() ? "screens.active" : "screens.revoked"))
                .setHeader(getTranslation("accounts.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.lastUsedAt() == null ? "-" : Wib.dateTime(c.lastUsedAt(), getLocale()))
                .setHeader(getTranslation("integrations.lastUsed"))
                .setAutoWidth(true);
        grid.addColumn(c -> Wib.dateTime(c.createdAt(), getLocale()) + " · " + c.createdBy())
                .setHeader(getTranslation("accounts.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button revoke = new Button(getTranslation("screens.revoke"), e -> {
                integrations.revoke(c.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setEnabled(c.active());
            return revoke;
        });
        grid.setSizeFull();
        add(new H2(getTranslation("integrations.title")), new HorizontalLayout(name, issue), grid);
        refresh();
    }

    private void issue() {
        try {
            IssuedApiToken issued = integrations.issue(name.getValue());
            name.clear();
            refresh();
            new SecretOnceDialog(
                            getTranslation(
                                    "integrations.issued", issued.client().name()),
                            getTranslation("integrations.issued.help"),
                            issued.token())
                    .open();
        } catch (DeskException e) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation(e.messageKey(), e.args()));
        }
    }

    void refresh() {
        grid.setItems(integrations.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("integrations.title") + " · " + getTranslation("app.name");
    }
}
