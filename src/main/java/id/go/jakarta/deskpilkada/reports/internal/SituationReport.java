package id.go.jakarta.deskpilkada.reports.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagged;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagging;
import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.duty.PeriodCoverage;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.reports.ReportFacts;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportStatus;
import id.go.jakarta.deskpilkada.reports.ReportText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One version of a post's situation report for one due time. */
@Entity
@Table(name = "situation_report")
@Filter(name = ExerciseMode.FILTER)
@EntityListeners(ExerciseTagging.class)
public class SituationReport extends VersionedDeskEntity implements ExerciseTagged {

    /** True for a row recorded during an exercise; set once, when first saved. */
    private boolean exercise;

    @Column(name = "posko_id")
    private long poskoId;

    @Column(name = "due_at")
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "period_start")
    private Instant periodStart = Instant.EPOCH;

    @Column(name = "report_version")
    private int reportVersion = 1;

    @Column(name = "previous_id")
    private @Nullable Long previousId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReportStatus status = ReportStatus.DRAFT;

    private @Nullable String kamtibmas;
    private @Nullable String tahapan;

    @Column(name = "sosial_politik")
    private @Nullable String sosialPolitik;

    @Column(name = "tindak_lanjut")
    private @Nullable String tindakLanjut;

    private @Nullable String kebutuhan;

    @Column(name = "stage_name")
    private @Nullable String stageName;

    @Column(name = "duty_present")
    private @Nullable Integer dutyPresent;

    @Column(name = "duty_required")
    private @Nullable Integer dutyRequired;

    @Column(name = "duty_gap")
    private @Nullable Boolean dutyGap;

    @Column(name = "new_rendah")
    private @Nullable Integer newRendah;

    @Column(name = "new_sedang")
    private @Nullable Integer newSedang;

    @Column(name = "new_tinggi")
    private @Nullable Integer newTinggi;

    @Column(name = "new_kritis")
    private @Nullable Integer newKritis;

    @Column(name = "open_rendah")
    private @Nullable Integer openRendah;

    @Column(name = "open_sedang")
    private @Nullable Integer openSedang;

    @Column(name = "open_tinggi")
    private @Nullable Integer openTinggi;

    @Column(name = "open_kritis")
    private @Nullable Integer openKritis;

    @Column(name = "new_by_category")
    private @Nullable String newByCategory;

    @Column(name = "open_by_category")
    private @Nullable String openByCategory;

    @Column(name = "devices_down")
    private @Nullable String devicesDown;

    @Column(name = "duty_shifts")
    private @Nullable String dutyShifts;

    @Column(name = "duty_gaps")
    private @Nullable String dutyGaps;
    /** Null in reports submitted before the period's staffing was computed. */
    @Column(name = "duty_gap_minutes")
    private @Nullable Integer dutyGapMinutes;
    /** Null in reports submitted before the device status history existed. */
    @Column(name = "device_outages")
    private @Nullable String deviceOutages;

    @Column(name = "return_note")
    private @Nullable String returnNote;

    @Column(name = "created_by")
    private String createdBy = "";

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "submitted_by")
    private @Nullable String submittedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    private boolean late;

    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    protected SituationReport() {}

    public SituationReport(
            long poskoId,
            Instant dueAt,
            Instant periodStart,
            int reportVersion,
            @Nullable Long previousId,
            ReportText text,
            String createdBy,
            Instant now) {
        this.poskoId = poskoId;
        this.dueAt = dueAt;
        this.periodStart = periodStart;
        this.reportVersion = reportVersion;
        this.previousId = previousId;
        this.createdBy = createdBy;
        this.createdAt = now;
        write(text, now);
    }

    public long poskoId() {
        return poskoId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public ReportStatus status() {
        return status;
    }

    public int reportVersion() {
        return reportVersion;
    }

    @Nullable
    public Instant submittedAt() {
        return submittedAt;
    }

    public void write(ReportText text, Instant now) {
        kamtibmas = text.kamtibmas();
        tahapan = text.tahapan();
        sosialPolitik = text.sosialPolitik();
        tindakLanjut = text.tindakLanjut();
        kebutuhan = text.kebutuhan();
        updatedAt = now;
    }

    public void submit(ReportFacts facts, String by, Instant now, boolean isLate) {
        stageName = facts.stageName();
        dutyPresent = facts.dutyPresent();
        dutyRequired = facts.dutyRequired();
        dutyGap = facts.dutyGap();
        newRendah = facts.newOf(Severity.RENDAH);
        newSedang = facts.newOf(Severity.SEDANG);
        newTinggi = facts.newOf(Severity.TINGGI);
        newKritis = facts.newOf(Severity.KRITIS);
        openRendah = facts.openOf(Severity.RENDAH);
        openSedang = facts.openOf(Severity.SEDANG);
        openTinggi = facts.openOf(Severity.TINGGI);
        openKritis = facts.openOf(Severity.KRITIS);
        newByCategory = String.join("\n", facts.newByCategory());
        openByCategory = String.join("\n", facts.openByCategory());
        devicesDown = String.join("\n", facts.devicesDown());
        PeriodCoverage duty = facts.dutyPeriod();
        dutyShifts = duty == null ? null : FrozenLines.shifts(duty.shifts());
        dutyGaps = duty == null ? null : FrozenLines.gaps(duty.gaps());
        dutyGapMinutes = duty == null ? null : (int) Math.min(Integer.MAX_VALUE, duty.gapMinutes());
        deviceOutages = facts.outages() == null ? null : FrozenLines.outages(facts.outages());
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        // A resubmission after a return keeps the time of the first: that is when it was reported.
        if (submittedAt == null) {
            submittedAt = now;
            late = isLate;
        }
        updatedAt = now;
    }

    public void review(ReportStatus outcome, @Nullable String note, String by, Instant now) {
        status = outcome;
        returnNote = note;
        reviewedBy = by;
        reviewedAt = now;
        updatedAt = now;
    }

    private @Nullable ReportFacts facts() {
        if (dutyRequired == null) {
            return null;
        }
        Map<Severity, Integer> fresh = new EnumMap<>(Severity.class);
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        fresh.put(Severity.RENDAH, n(newRendah));
        fresh.put(Severity.SEDANG, n(newSedang));
        fresh.put(Severity.TINGGI, n(newTinggi));
        fresh.put(Severity.KRITIS, n(newKritis));
        open.put(Severity.RENDAH, n(openRendah));
        open.put(Severity.SEDANG, n(openSedang));
        open.put(Severity.TINGGI, n(openTinggi));
        open.put(Severity.KRITIS, n(openKritis));
        PeriodCoverage duty = dutyGapMinutes == null
                ? null
                : new PeriodCoverage(
                        poskoId,
                        periodStart,
                        dueAt,
                        FrozenLines.shifts(dutyShifts),
                        FrozenLines.gaps(dutyGaps),
                        dutyGapMinutes);
        return new ReportFacts(
                stageName,
                n(dutyPresent),
                dutyRequired,
                Boolean.TRUE.equals(dutyGap),
                fresh,
                open,
                lines(newByCategory),
                lines(openByCategory),
                lines(devicesDown),
                duty,
                deviceOutages == null ? null : FrozenLines.outages(deviceOutages));
    }

    private static int n(@Nullable Integer i) {
        return i == null ? 0 : i;
    }

    private static List<String> lines(@Nullable String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\n"));
    }

    public ReportInfo toInfo() {
        return new ReportInfo(
                id(),
                poskoId,
                dueAt,
                periodStart,
                reportVersion,
                previousId,
                status,
                new ReportText(kamtibmas, tahapan, sosialPolitik, tindakLanjut, kebutuhan),
                facts(),
                returnNote,
                createdBy,
                createdAt,
                submittedBy,
                submittedAt,
                late,
                reviewedBy,
                reviewedAt,
                updatedAt,
                version());
    }

    @Override
    public void tagExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
