package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.base.data.AbstractEntity;
import id.go.jakarta.deskpilkada.election.StageInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "election_stage")
public class ElectionStage extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    private @Nullable Election election;

    private int seq;
    private String name = "";

    @Column(name = "starts_on")
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "ends_on")
    private LocalDate endsOn = LocalDate.EPOCH;

    @Column(name = "voting_day")
    private boolean votingDay;

    protected ElectionStage() {}

    ElectionStage(Election election, int seq, String name, LocalDate startsOn, LocalDate endsOn, boolean votingDay) {
        this.election = election;
        this.seq = seq;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.votingDay = votingDay;
    }

    public StageInfo toInfo() {
        return new StageInfo(seq, name, startsOn, endsOn, votingDay);
    }
}
