package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagged;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagging;
import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.base.time.Wib;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.Severity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** An election problem at one place, owned by one post, moving through the workflow. */
@Entity
@Table(name = "issue")
@Audited
@Filter(name = ExerciseMode.FILTER)
@EntityListeners(ExerciseTagging.class)
public class Issue extends VersionedDeskEntity implements ExerciseTagged {

    /** True for a row recorded during an exercise; set once, when first saved. */
    @NotAudited
    private boolean exercise;

    private String title = "";
    private @Nullable String description;

    @Column(name = "category_id")
    private long categoryId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Severity severity = Severity.SEDANG;

    /** The severity's order (0 = rendah), so that sorting by severity sorts by how bad. */
    @Column(name = "severity_rank")
    private short severityRank = (short) Severity.SEDANG.ordinal();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private IssueStatus status = IssueStatus.BARU;

    @Column(name = "wilayah_code")
    private String wilayahCode = "";

    @Column(name = "kecamatan_code")
    private @Nullable String kecamatanCode;

    @Column(name = "kelurahan_code")
    private @Nullable String kelurahanCode;

    private @Nullable String tps;
    private @Nullable String address;

    @Column(name = "election_id")
    private @Nullable Long electionId;

    @Column(name = "stage_seq")
    private @Nullable Integer stageSeq;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private IssueSource source = IssueSource.POSKO;

    private String reporter = "";

    @Column(name = "posko_id")
    private long poskoId;

    private boolean escalated;

    @Column(name = "assigned_unit_id")
    private @Nullable Long assignedUnitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private @Nullable Rejection rejection;

    @Column(name = "reported_at")
    private Instant reportedAt = Instant.EPOCH;

    /** The WIB day it was reported (the per-day chart groups by it). */
    @Column(name = "reported_day")
    private LocalDate reportedDay = LocalDate.EPOCH;

    @Column(name = "referred_at")
    private @Nullable Instant referredAt;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Column(name = "overdue_at")
    private @Nullable Instant overdueAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "resolved_day")
    private @Nullable LocalDate resolvedDay;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    protected Issue() {}

    public Issue(IssueForm form, Place place, long poskoId, @Nullable Long electionId, String reporter, Instant at) {
        edit(form, place, at);
        this.electionId = electionId;
        this.reporter = reporter;
        this.poskoId = poskoId;
        this.reportedAt = at;
        this.reportedDay = Wib.day(at);
    }

    public void edit(IssueForm form, Place place, Instant at) {
        this.title = form.title().strip();
        this.description = form.description() == null || form.description().isBlank()
                ? null
                : form.description().strip();
        this.categoryId = form.categoryId();
        this.severity = form.severity();
        this.severityRank = (short) form.severity().ordinal();
        this.wilayahCode = place.wilayahCode();
        this.kecamatanCode = place.kecamatanCode();
        this.kelurahanCode = place.kelurahanCode();
        this.stageSeq = form.stageSeq();
        this.tps =
                form.tps() == null || form.tps().isBlank() ? null : form.tps().strip();
        this.address = form.address() == null || form.address().isBlank()
                ? null
                : form.address().strip();
        this.source = form.source();
        this.updatedAt = at;
    }

    public void move(IssueStatus to, Instant at) {
        this.status = to;
        if (to == IssueStatus.SELESAI || to == IssueStatus.DITOLAK) {
            this.resolvedAt = at;
            this.resolvedDay = Wib.day(at);
        }
        this.updatedAt = at;
    }

    public void reject(Rejection why, Instant at) {
        this.rejection = why;
        move(IssueStatus.DITOLAK, at);
    }

    public void assign(long unitId, Instant at) {
        this.assignedUnitId = unitId;
        this.referredAt = at;
        this.acknowledgedAt = null;
        this.overdueAt = null;
        move(IssueStatus.DITANGANI, at);
    }

    /** The wilayah post that owns it after an edit moved it (not once it was escalated). */
    public void moveTo(long poskoId) {
        if (!escalated) {
            this.poskoId = poskoId;
        }
    }

    public void escalate(long provincialPost, Instant at) {
        this.poskoId = provincialPost;
        this.escalated = true;
        this.updatedAt = at;
    }

    public void acknowledge(Instant at) {
        if (acknowledgedAt == null) {
            this.acknowledgedAt = at;
        }
        this.updatedAt = at;
    }

    Severity severity() {
        return severity;
    }

    @Nullable
    Instant referredAt() {
        return referredAt;
    }

    public IssueStatus status() {
        return status;
    }

    public long poskoId() {
        return poskoId;
    }

    @Nullable
    public Long assignedUnitId() {
        return assignedUnitId;
    }

    public boolean escalated() {
        return escalated;
    }

    public IssueInfo toInfo() {
        return new IssueInfo(
                id(),
                title,
                description,
                categoryId,
                severity,
                status,
                wilayahCode,
                kecamatanCode,
                kelurahanCode,
                tps,
                address,
                electionId,
                stageSeq,
                source,
                reporter,
                poskoId,
                escalated,
                assignedUnitId,
                rejection,
                reportedAt,
                referredAt,
                acknowledgedAt,
                overdueAt,
                resolvedAt,
                updatedAt,
                version());
    }

    @Override
    public void tagExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
