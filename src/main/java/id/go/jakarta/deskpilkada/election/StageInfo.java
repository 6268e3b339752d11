package id.go.jakarta.deskpilkada.election;

import java.io.Serializable;
import java.time.LocalDate;

/** One stage of an election, inclusive dates in WIB. */
public record StageInfo(int seq, String name, LocalDate startsOn, LocalDate endsOn, boolean votingDay)
        implements Serializable {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
