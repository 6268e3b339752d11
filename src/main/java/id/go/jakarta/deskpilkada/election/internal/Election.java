package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
import id.go.jakarta.deskpilkada.election.ElectionInfo;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "election")
public class Election extends VersionedEntity {

    private String code = "";
    private String name = "";

    @Column(name = "region_code")
    private String regionCode = "";

    private boolean exercise;
    private boolean active;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    @OneToMany(mappedBy = "election", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<ElectionStage> stages = new ArrayList<>();

    protected Election() {}

    public Election(String code, String name, String regionCode, boolean exercise) {
        this.code = code;
        this.name = name;
        this.regionCode = regionCode;
        this.exercise = exercise;
    }

    public void addStage(
            String stageName, java.time.LocalDate startsOn, java.time.LocalDate endsOn, boolean votingDay) {
        stages.add(new ElectionStage(this, stages.size() + 1, stageName, startsOn, endsOn, votingDay));
    }

    public void activate(Instant at) {
        this.active = true;
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

    public void deactivate() {
        this.active = false;
    }

    public boolean isActive() {
        return active;
    }

    public ElectionInfo toInfo() {
        return new ElectionInfo(
                id(),
                code,
                name,
                regionCode,
                exercise,
                active,
                stages.stream().map(ElectionStage::toInfo).toList());
    }
}
