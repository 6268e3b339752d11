package id.go.jakarta.deskpilkada.election;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An election with its stages in order. */
public record ElectionInfo(
        long id, String code, String name, String regionCode, boolean exercise, boolean active, List<StageInfo> stages)
        implements Serializable {

    /** The stage running on that day; between two stages, none. */
    public Optional<StageInfo> stageOn(LocalDate day) {
        return stages.stream().filter(s -> s.covers(day)).reduce((a, b) -> b);
    }

    /** The first voting day on or after that day. */
    public Optional<StageInfo> nextVotingDay(LocalDate day) {
        return stages.stream()
                .filter(StageInfo::votingDay)
                .filter(s -> !s.endsOn().isBefore(day))
                .findFirst();
    }
}
