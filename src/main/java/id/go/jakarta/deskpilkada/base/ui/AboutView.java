package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What the desk is and whose work it ships, with the notices their licences ask for: the place
 * tree's ODbL notice (idn-area-data, shown wherever its data is used, so in every place picker),
 * the wall map's boundaries (MIT, coded with idn-area-data), the report font's and the charts'
 * licences. Open to everyone, signed in or not.
 */
@Route("tentang")
@Menu(order = 99, title = "nav.about")
@AnonymousAllowed
class AboutView extends VerticalLayout implements HasDynamicTitle {

    static final String IDN_AREA_DATA = "https://github.com/fityannugroho/idn-area-data";
    static final String ODBL = "https://opendatacommons.org/licenses/odbl/1-0/";

    static final String WILAYAH_BOUNDARIES = "https://github.com/cahyadsn/wilayah_boundaries";

    final Paragraph placeNotice = new Paragraph();
    final Paragraph boundaryNotice = new Paragraph();

    AboutView() {
        addClassName("about-view");
        setMaxWidth("48em");
        add(new H2(getTranslation("about.title")), new Paragraph(getTranslation("about.what")));

        add(new H3(getTranslation("about.places")));
        placeNotice.add(
                new Span(getTranslation("about.places.before")),
                link("idn-area-data 4.0.1", IDN_AREA_DATA),
                new Span(getTranslation("about.places.middle")),
                link("Open Database License (ODbL) 1.0", ODBL),
                new Span(getTranslation("about.places.after")));
        add(placeNotice, new Paragraph(getTranslation("about.places.derived")));

        add(new H3(getTranslation("about.boundaries")));
        boundaryNotice.add(
                new Span(getTranslation("about.boundaries.before")),
                link("wilayah_boundaries", WILAYAH_BOUNDARIES),
                new Span(getTranslation("about.boundaries.after")));
        add(boundaryNotice);

        add(new H3(getTranslation("about.font")), new Paragraph(getTranslation("about.font.text")));
        add(new H3(getTranslation("about.charts")), new Paragraph(getTranslation("about.charts.text")));
    }

    private static Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " · " + getTranslation("app.name");
    }
}
