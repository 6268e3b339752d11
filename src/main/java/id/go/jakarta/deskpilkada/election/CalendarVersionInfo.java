package id.go.jakarta.deskpilkada.election;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One saved version of an election's calendar: its stages in order, who saved it and when. */
public record CalendarVersionInfo(int version, Instant savedAt, String savedBy, List<StageInfo> stages)
        implements Serializable {}
