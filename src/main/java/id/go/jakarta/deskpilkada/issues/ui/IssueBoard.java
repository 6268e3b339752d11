package id.go.jakarta.deskpilkada.issues.ui;

import com.vaadin.flow.component.html.Div;
import id.go.jakarta.deskpilkada.issues.IssueCounts;
import id.go.jakarta.deskpilkada.issues.IssueTrend;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The board above the list: a card per wilayah and one for the provincial post (the issues
 * escalated to it, which also count in their own wilayah). Choosing a wilayah card narrows the
 * list to it; the provincial card, for which the list has no filter, widens it to every wilayah.
 */
class IssueBoard extends Div {

    /** By wilayah code; the provincial post's card under the empty code. */
    final Map<String, IssueBoardCard> cards = new LinkedHashMap<>();

    private final @Nullable PoskoTile provincial;

    IssueBoard(List<WilayahArea> areas, @Nullable PoskoTile provincial, Consumer<String> choose) {
        this.provincial = provincial;
        addClassName("issue-board");
        for (WilayahArea area : areas) {
            cards.put(area.code(), new IssueBoardCard(area.code(), area.shortName(), () -> choose.accept(area.code())));
        }
        if (provincial != null) {
            cards.put(
                    "",
                    new IssueBoardCard(
                            "", getTranslation("issues.board.provincial", provincial.name()), () -> choose.accept("")));
        }
        cards.values().forEach(this::add);
    }

    void show(IssueCounts counts, IssueTrend trend, Instant now) {
        for (IssueBoardCard card : cards.values()) {
            if (card.code.isEmpty() && provincial != null) {
                card.show(counts.post(provincial.id()), trend.post(provincial.id()), trend.days(), now);
            } else {
                card.show(counts.wilayah(card.code), trend.wilayah(card.code), trend.days(), now);
            }
        }
    }

    /** Marks the card of the wilayah the list is narrowed to (none: every wilayah). */
    void select(@Nullable String wilayahCode) {
        cards.forEach((code, card) -> card.selected(!code.isEmpty() && code.equals(wilayahCode)));
    }
}
