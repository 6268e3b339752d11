package id.go.jakarta.deskpilkada.journal;

import id.go.jakarta.deskpilkada.posko.PoskoActivityEvent;
import org.jspecify.annotations.Nullable;

/**
 * An entry was written in a post's journal (a correction too).
 *
 * @param correctsId the entry it corrects, if it is a correction
 * @param byPost     true when the post's own people wrote it (a sign of life of the post); false
 *                   when leadership wrote in it
 */
public record JournalEntryAdded(
        long entryId, long poskoId, @Nullable Long correctsId, boolean byPost) implements PoskoActivityEvent {

    @Override
    public String activityKind() {
        return "JOURNAL";
    }

    @Override
    public boolean isActivity() {
        return byPost;
    }

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
