package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.StageDraft;
import id.go.jakarta.deskpilkada.election.StageInfo;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "election")
public class Election extends VersionedEntity {

    private String code = "";
    private String name = "";

    @Enumerated(EnumType.STRING)
    private ElectionKind kind = ElectionKind.GUBERNUR;

    @Column(name = "region_code")
    private String regionCode = "";

    /** The desk of the election's region (docs/desks.md), opened when the election is created. */
    @Column(name = "desk_id")
    private long deskId;

    @Column(name = "voting_day")
    private @Nullable LocalDate votingDay;

    @Column(name = "second_round_day")
    private @Nullable LocalDate secondRoundDay;

    private boolean exercise;
    private boolean active;

    /** The desk while active, else null: the database's guard of one active election per desk. */
    @Column(name = "active_in_desk")
    private @Nullable Long activeInDesk;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    @Column(name = "calendar_version")
    private int calendarVersion = 1;

    @OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ElectionStage> stages = new ArrayList<>();

    protected Election() {}

    public Election(
            String code,
            String name,
            ElectionKind kind,
            String regionCode,
            @Nullable LocalDate votingDay,
            @Nullable LocalDate secondRoundDay,
            boolean exercise) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.votingDay = votingDay;
        this.secondRoundDay = secondRoundDay;
        this.exercise = exercise;
    }

    /** A stage added at the end of the calendar, with the next seq never used in this election. */
    public void addStage(String stageName, LocalDate startsOn, LocalDate endsOn, boolean votingDay) {
        int position = (int) stages.stream().filter(s -> !s.retired()).count() + 1;
        stages.add(new ElectionStage(this, nextSeq(), position, stageName, startsOn, endsOn, votingDay));
    }

    private int nextSeq() {
        return stages.stream().mapToInt(ElectionStage::seq).max().orElse(0) + 1;
    }

    /**
     * Replaces the calendar with {@code drafts} in their order: a draft with a seq keeps that stage
     * (renamed, moved, re-dated, or brought back from retirement), a draft without one becomes a new
     * stage, and a stage left out is retired so that what was filed under it keeps its name.
     */
    public void replaceCalendar(List<StageDraft> drafts) {
        Set<Integer> kept = new HashSet<>();
        int position = 1;
        for (StageDraft draft : drafts) {
            Integer seq = draft.seq();
            Optional<ElectionStage> existing = seq == null
                    ? Optional.empty()
                    : stages.stream().filter(s -> s.seq() == seq).findFirst();
            if (existing.isPresent()) {
                existing.get().place(position, draft.name(), draft.startsOn(), draft.endsOn(), draft.votingDay());
                kept.add(seq);
            } else {
                ElectionStage added = new ElectionStage(
                        this, nextSeq(), position, draft.name(), draft.startsOn(), draft.endsOn(), draft.votingDay());
                stages.add(added);
                kept.add(added.seq());
            }
            position++;
        }
        for (ElectionStage stage : stages) {
            if (!kept.contains(stage.seq())) {
                stage.retire(position++);
            }
        }
        stages.sort(Comparator.comparingInt(ElectionStage::position));
        calendarVersion++;
    }

    public void describe(
            String name, ElectionKind kind, String regionCode, LocalDate votingDay, @Nullable LocalDate secondRound) {
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.votingDay = votingDay;
        this.secondRoundDay = secondRound;
    }

    /** Moves every stage by that many days (the voting day moved and the calendar follows). */
    public void shiftStages(long days) {
        stages.forEach(s -> s.shift(days));
        calendarVersion++;
    }

    public void activate(Instant at) {
        this.active = true;
        this.activeInDesk = deskId;
        this.activatedAt = at;
    }

    public boolean exercise() {
        return exercise;
    }

    public Instant activatedAt() {
        return activatedAt == null ? Instant.EPOCH : activatedAt;
    }

    public List<ElectionStage> stages() {
        return stages;
    }

    public int calendarVersion() {
        return calendarVersion;
    }

    public void deactivate() {
        this.active = false;
        this.activeInDesk = null;
    }

    public boolean isActive() {
        return active;
    }

    /** Places the election in its region's desk. */
    public void placeIn(long desk) {
        this.deskId = desk;
        if (active) {
            this.activeInDesk = desk;
        }
    }

    public long deskId() {
        return deskId;
    }

    public ElectionInfo toInfo() {
        List<StageInfo> current = stages.stream()
                .filter(s -> !s.retired())
                .map(ElectionStage::toInfo)
                .toList();
        List<StageInfo> retired = stages.stream()
                .filter(ElectionStage::retired)
                .map(ElectionStage::toInfo)
                .toList();
        return new ElectionInfo(
                id(),
                code,
                name,
                kind,
                regionCode,
                votingDay,
                secondRoundDay,
                exercise,
                active,
                calendarVersion,
                version(),
                current,
                retired);
    }
}
