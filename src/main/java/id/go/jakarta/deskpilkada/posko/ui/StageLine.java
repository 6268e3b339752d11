package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.i18n.I18NProvider;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionService;
import java.time.LocalDate;
import java.util.Locale;

/** The overview's line under its title: the active election and its stage today, or what comes next. */
final class StageLine {

    private StageLine() {}

    static String of(ElectionService elections, LocalDate today, I18NProvider text, Locale locale) {
        return elections
                .active()
                .map(e -> e.name() + " · "
                        + e.stageOn(today)
                                .map(s -> text.getTranslation("overview.stage.current", locale, s.name()))
                                .orElseGet(() -> nextOrNone(e, today, text, locale)))
                .orElseGet(() -> text.getTranslation("overview.election.none", locale));
    }

    private static String nextOrNone(ElectionInfo election, LocalDate today, I18NProvider text, Locale locale) {
        return election.nextVotingDay(today)
                .map(v -> text.getTranslation("overview.stage.nextVoting", locale, Wib.date(v.startsOn(), locale)))
                .orElseGet(() -> text.getTranslation("overview.stage.none", locale));
    }
}
