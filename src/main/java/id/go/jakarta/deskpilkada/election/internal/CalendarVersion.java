package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.base.data.AbstractEntity;
import id.go.jakarta.deskpilkada.election.CalendarVersionInfo;
import id.go.jakarta.deskpilkada.election.StageInfo;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A saved version of an election's calendar, kept as it was: what the stage strip showed then. */
@Entity
@Table(name = "election_calendar_version")
public class CalendarVersion extends AbstractEntity {

    @Column(name = "election_id")
    private long electionId;

    private int version;

    @Column(name = "saved_at")
    private Instant savedAt = Instant.EPOCH;

    @Column(name = "saved_by")
    private String savedBy = "";

    @ElementCollection
    @CollectionTable(name = "election_calendar_stage", joinColumns = @JoinColumn(name = "calendar_version_id"))
    @OrderBy("position")
    private List<Stage> stages = new ArrayList<>();

    protected CalendarVersion() {}

    public CalendarVersion(long electionId, int version, Instant savedAt, String savedBy, List<StageInfo> stages) {
        this.electionId = electionId;
        this.version = version;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        int position = 1;
        for (StageInfo s : stages) {
            this.stages.add(new Stage(s.seq(), position++, s.name(), s.startsOn(), s.endsOn(), s.votingDay()));
        }
    }

    public CalendarVersionInfo toInfo() {
        return new CalendarVersionInfo(
                version,
                savedAt,
                savedBy,
                stages.stream()
                        .map(s -> new StageInfo(s.seq, s.name, s.startsOn, s.endsOn, s.votingDay))
                        .toList());
    }

    /** One stage as it stood in the version. */
    @Embeddable
    public static class Stage {

        private int seq;
        private int position;
        private String name = "";

        @Column(name = "starts_on")
        private LocalDate startsOn = LocalDate.EPOCH;

        @Column(name = "ends_on")
        private LocalDate endsOn = LocalDate.EPOCH;

        @Column(name = "voting_day")
        private boolean votingDay;

        protected Stage() {}

        Stage(int seq, int position, String name, LocalDate startsOn, LocalDate endsOn, boolean votingDay) {
            this.seq = seq;
            this.position = position;
            this.name = name;
            this.startsOn = startsOn;
            this.endsOn = endsOn;
            this.votingDay = votingDay;
        }
    }
}
