package id.go.jakarta.deskpilkada.election;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import id.go.jakarta.deskpilkada.base.data.VersionedEntity;
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
class Election extends VersionedEntity {


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

    protected Election() {
    }

    Election(String code, String name, String regionCode, boolean exercise) {
        this.code = code;
        this.name = name;
        this.regionCode = regionCode;
        this.exercise = exercise;
    }

    void addStage(String stageName, java.time.LocalDate startsOn, java.time.LocalDate endsOn, boolean votingDay) {
        stages.add(new ElectionStage(this, stages.size() + 1, stageName, startsOn, endsOn, votingDay));
    }

    void activate(Instant at) {
        this.active = true;
        this.activatedAt = at;
    }

    boolean exercise() {
        return exercise;
    }

    Instant activatedAt() {
        return activatedAt == null ? Instant.EPOCH : activatedAt;
    }

    List<ElectionStage> stages() {
        return stages;
    }

    void deactivate() {
        this.active = false;
    }

    boolean isActive() {
        return active;
    }

    ElectionInfo toInfo() {
        return new ElectionInfo(id(), code, name, regionCode, exercise, active,
                stages.stream().map(ElectionStage::toInfo).toList());
    }
}
