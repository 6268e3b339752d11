package id.go.jakarta.deskpilkada.election;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stage as edited, in calendar order.
 *
 * @param seq the stage it edits, or null for a new stage
 */
public record StageDraft(
        @Nullable Integer seq,
        String name,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean votingDay) {

    public static StageDraft of(StageInfo stage) {
        return new StageDraft(stage.seq(), stage.name(), stage.startsOn(), stage.endsOn(), stage.votingDay());
    }
}
