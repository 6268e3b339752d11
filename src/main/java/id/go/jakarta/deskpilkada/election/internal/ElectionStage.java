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

/**
 * One stage of an election's calendar. Its {@code seq} names it for life (issues store it); its
 * position orders the calendar; a stage taken out of the calendar is retired, never deleted.
 */
@Entity
@Table(name = "election_stage")
public class ElectionStage extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id")
    private @Nullable Election election;

    private int seq;
    private int position;
    private String name = "";

    @Column(name = "starts_on")
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "ends_on")
    private LocalDate endsOn = LocalDate.EPOCH;

    @Column(name = "voting_day")
    private boolean votingDay;

    private boolean retired;

    protected ElectionStage() {}

    ElectionStage(
            Election election,
            int seq,
            int position,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean votingDay) {
        this.election = election;
        this.seq = seq;
        this.position = position;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.votingDay = votingDay;
    }

    void place(int position, String name, LocalDate startsOn, LocalDate endsOn, boolean votingDay) {
        this.position = position;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.votingDay = votingDay;
        this.retired = false;
    }

    void retire(int position) {
        this.position = position;
        this.retired = true;
    }

    void shift(long days) {
        startsOn = startsOn.plusDays(days);
        endsOn = endsOn.plusDays(days);
    }

    public int seq() {
        return seq;
    }

    int position() {
        return position;
    }

    boolean retired() {
        return retired;
    }

    public StageInfo toInfo() {
        return new StageInfo(seq, name, startsOn, endsOn, votingDay);
    }
}
