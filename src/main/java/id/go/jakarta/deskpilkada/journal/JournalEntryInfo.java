package id.go.jakarta.deskpilkada.journal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A journal entry as its readers see it.
 *
 * @param day         the duty day: the day the shift running then started (a night shift belongs to
 *                    the day it began), or the WIB calendar day outside any shift
 * @param shiftId     the shift running at {@code at}, if any
 * @param shiftName   that shift's name when the entry was written
 * @param author      who wrote it (display name)
 * @param correctsId  the entry this one corrects
 * @param correctedBy the entry that corrects this one, if any
 * @param recordedAt  when it was written (later than {@code at} for something noted late)
 */
public record JournalEntryInfo(
        long id,
        long poskoId,
        Instant at,
        LocalDate day,
        @Nullable Long shiftId,
        @Nullable String shiftName,
        JournalCategory category,
        String text,
        String author,
        @Nullable Long issueId,
        @Nullable Long correctsId,
        @Nullable Long correctedBy,
        Instant recordedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean corrected() {
        return correctedBy != null;
    }
}
