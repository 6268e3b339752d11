package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import java.util.List;
import java.util.Locale;

/**
 * The frame of every screen for people: navigation showing only what the user's role may open
 * (menu titles are message keys), the WIB clock, the signed-in user, language and sign-out.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    final SideNav nav = new SideNav();
    final Select<Locale> language = new Select<>();
    final Button logout;

    public MainLayout(AuthenticationContext authentication, List<LayoutAddOn> addOns) {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");

        Actor actor = CurrentActor.find().orElse(null);
        Span user = new Span(
                actor == null
                        ? ""
                        : actor.displayName() + " · "
                                + getTranslation(actor.role().labelKey()));
        user.addClassName("navbar-user");

        language.setItems(Languages.ALL);
        language.setItemLabelGenerator(l -> l.getLanguage().toUpperCase(Locale.ROOT));
        language.setValue(Languages.of(getLocale().toLanguageTag()));
        language.setAriaLabel(getTranslation("nav.language"));
        language.addClassName("navbar-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiSetup.switchLanguage(getUI().orElseThrow(), e.getValue());
            }
        });

        logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        addToNavbar(new DrawerToggle(), title, spacer, new WibClock(getLocale().getLanguage()), user, language, logout);

        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        if (actor != null) {
            addOns.forEach(addOn -> addOn.attachTo(this, actor));
        }
    }
}
