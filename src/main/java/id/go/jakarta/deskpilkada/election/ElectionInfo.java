package id.go.jakarta.deskpilkada.election;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An election with its calendar.
 *
 * @param votingDay       the (first) voting day as set up; null only for an election from before the console
 * @param calendarVersion the calendar's version, counted up by every save
 * @param version         the election row's version, guarding edits of its description
 * @param stages          the calendar in order
 * @param retiredStages   stages taken out of the calendar: issues filed under them still name them
 */
public record ElectionInfo(
        long id,
        String code,
        String name,
        ElectionKind kind,
        String regionCode,
        @Nullable LocalDate votingDay,
        @Nullable LocalDate secondRoundDay,
        boolean exercise,
        boolean active,
        int calendarVersion,
        long version,
        List<StageInfo> stages,
        List<StageInfo> retiredStages)
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

    /** Whether the area with that Kemendagri code is the election's region or lies within it. */
    public boolean covers(String areaCode) {
        return areaCode.equals(regionCode) || areaCode.startsWith(regionCode + ".");
    }

    /** The stage with that seq, in the calendar or retired. */
    public Optional<StageInfo> stage(int seq) {
        return Stream.concat(stages.stream(), retiredStages.stream())
                .filter(s -> s.seq() == seq)
                .findFirst();
    }
}
