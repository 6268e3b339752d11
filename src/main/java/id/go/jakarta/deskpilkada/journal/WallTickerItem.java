package id.go.jakarta.deskpilkada.journal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the wall's ticker: a post's latest journal entry without any name of a person.
 *
 * @param categoryKey translation key of the category's name
 * @param text        the entry's text on one line, at most {@link JournalService#TICKER_TEXT} characters
 */
public record WallTickerItem(
        long poskoId, String poskoCode, String poskoName, Instant at, String categoryKey, String text)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
