package id.go.jakarta.deskpilkada.rollup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.posko.AlertLevel;
import id.go.jakarta.deskpilkada.rollup.DeskCounts;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The tiles of a roll-up, shared by the screen and the wall: a desk's name and worst grade, its
 * numbers (zeros dimmed), how many desks and posts it sums, and whether an exercise is counted in.
 */
final class RollupTiles {

    private final BiFunction<String, Object[], String> text;

    /** @param text the view's {@code getTranslation(key, args)} */
    RollupTiles(BiFunction<String, Object[], String> text) {
        this.text = text;
    }

    private String t(String key, Object... args) {
        return text.apply(key, args);
    }

    /** A desk's name as people say it: "Nasional", "Jawa Barat", "Kabupaten Bogor". */
    String name(DeskInfo desk) {
        return switch (desk.level()) {
            case NASIONAL -> t("rollup.national");
            case PROVINSI, KABKOTA -> desk.regionName().isEmpty() ? desk.code() : desk.regionName();
        };
    }

    /** The shorter name for a wall tile ("Kab. Bogor"). */
    String shortName(DeskInfo desk) {
        return name(desk).replaceFirst("^Kabupaten ", "Kab. ");
    }

    /** The grade badge; "not counted" while a desk waits for its first count. */
    Span badge(DeskCounts counts) {
        Span badge = new Span();
        if (counts.isNone()) {
            badge.setText(t("rollup.uncountedBadge"));
            badge.addClassNames("alert-badge", "rollup-badge-none");
        } else {
            AlertLevel worst = counts.worst();
            badge.setText(t(worst.labelKey()));
            badge.addClassNames("alert-badge", "alert-" + worst.cssName());
        }
        return badge;
    }

    /** The numbers of a desk or branch, each with its label and, where it matters, what is worst. */
    Div numbers(DeskCounts counts) {
        Div numbers = new Div(
                number(
                        counts.issuesOpen(),
                        t("rollup.number.issues"),
                        counts.issuesCritical() > 0 ? t("rollup.number.critical", counts.issuesCritical()) : null),
                number(
                        counts.siaga() + counts.awas(),
                        t("rollup.number.alert"),
                        counts.awas() > 0 ? t("rollup.number.awas", counts.awas()) : null),
                number(counts.coverageGaps(), t("rollup.number.gaps"), null),
                number(counts.reportsLate(), t("rollup.number.reports"), null),
                number(counts.referralsLate(), t("rollup.number.referrals"), null));
        numbers.addClassName("rollup-numbers");
        return numbers;
    }

    /**
     * The four numbers a wall tile has room for, with one-word labels (the wall's totals carry the
     * full ones in the same order); critical issues and AWAS posts go to one line of their own.
     */
    Div wallNumbers(DeskCounts counts) {
        Div numbers = new Div(
                number(counts.issuesOpen(), t("rollup.short.issues"), null),
                number(counts.siaga() + counts.awas(), t("rollup.short.alert"), null),
                number(counts.coverageGaps(), t("rollup.short.gaps"), null),
                number(counts.reportsLate(), t("rollup.short.reports"), null));
        numbers.addClassName("rollup-numbers");
        return numbers;
    }

    private Component number(int value, String labelText, @Nullable String emphasis) {
        Span figure = new Span(String.format(Locale.ROOT, "%d", value));
        figure.addClassName("rollup-figure");
        Span label = new Span(labelText);
        label.addClassName("rollup-label");
        Div number = new Div(figure, label);
        number.addClassName("rollup-number");
        if (value == 0) {
            number.addClassName("rollup-zero");
        }
        if (emphasis != null) {
            Span strong = new Span(emphasis);
            strong.addClassName("rollup-emphasis");
            number.add(strong);
        }
        return number;
    }

    /** One tile: name, badge, numbers, what it sums. */
    Div tile(DeskInfo desk, String name, DeskCounts counts, int below, int uncounted) {
        return tile(desk, name, counts, below, uncounted, numbers(counts));
    }

    /** A wall's tile: name, badge, the four numbers, what it sums. */
    Div wallTile(DeskInfo desk, String name, DeskCounts counts, int below, int uncounted) {
        Div tile = tile(desk, name, counts, below, uncounted, wallNumbers(counts));
        if (counts.issuesCritical() > 0 || counts.awas() > 0) {
            String alarm = counts.issuesCritical() > 0 && counts.awas() > 0
                    ? t("rollup.number.critical", counts.issuesCritical()) + " · "
                            + t("rollup.number.awas", counts.awas())
                    : counts.issuesCritical() > 0
                            ? t("rollup.number.critical", counts.issuesCritical())
                            : t("rollup.number.awas", counts.awas());
            Span line = new Span(alarm);
            line.addClassName("rollup-emphasis");
            tile.addComponentAtIndex(2, line);
        }
        return tile;
    }

    private Div tile(DeskInfo desk, String name, DeskCounts counts, int below, int uncounted, Div numbers) {
        Span title = new Span(name);
        title.addClassName("rollup-name");
        Div head = new Div(title, badge(counts));
        head.addClassName("rollup-head");
        Span foot = new Span(
                below > 0 ? t("rollup.foot.branch", below, counts.posts()) : t("rollup.foot.desk", counts.posts()));
        foot.addClassName("rollup-foot");
        Div tile = new Div(head, numbers, foot);
        tile.addClassNames(
                "rollup-tile",
                "rollup-" + (counts.isNone() ? "none" : counts.worst().cssName()));
        if (counts.exerciseDesks() > 0) {
            Span exercise = new Span(t("rollup.exerciseBadge", counts.exerciseDesks()));
            exercise.addClassName("rollup-exercise");
            tile.add(exercise);
        }
        if (uncounted > 0) {
            Span waiting = new Span(t("rollup.uncounted", uncounted));
            waiting.addClassName("rollup-waiting");
            tile.add(waiting);
        }
        tile.getElement().setAttribute("data-desk", desk.code());
        return tile;
    }
}
