package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.TimelineEntry;
import java.util.List;
import java.util.Locale;

/** An issue's timeline as lines (what, who, when in WIB, the change and its text), oldest first. */
final class TimelineLines {

    private TimelineLines() {}

    /** Replaces what {@code into} shows with these entries, in {@code view}'s language and locale. */
    static void draw(Component view, Locale locale, Div into, List<TimelineEntry> entries) {
        into.removeAll();
        for (TimelineEntry entry : entries) {
            Span when = new Span(Wib.dateTime(entry.at(), locale));
            when.addClassName("issue-secondary");
            Span what = new Span(view.getTranslation(entry.kind().labelKey()));
            what.addClassName("issue-timeline-kind");
            Span who = new Span(entry.actor());
            Div head = new Div(what, who, when);
            head.addClassName("issue-timeline-head");
            Div line = new Div(head);
            line.addClassName("issue-timeline-entry");
            line.addClassName("issue-timeline-" + entry.kind().name().toLowerCase(Locale.ROOT));
            if (entry.from() != null && entry.to() != null) {
                line.add(new Div(view.getTranslation(entry.from().labelKey()) + " \u2192 "
                        + view.getTranslation(entry.to().labelKey())));
            } else if (entry.to() != null) {
                line.add(new Div(view.getTranslation(entry.to().labelKey())));
            }
            if (entry.text() != null) {
                Div text = new Div(entry.text());
                text.addClassName("issue-timeline-text");
                line.add(text);
            }
            into.add(line);
        }
    }
}
