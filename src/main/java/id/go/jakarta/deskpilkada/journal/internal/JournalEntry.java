package id.go.jakarta.deskpilkada.journal.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagged;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagging;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalEntryInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One journal entry. Immutable once written: no setters, every column insert-only, and Hibernate
 * treats the entity as read-only, so nothing in the application can issue an update of it.
 */
@Entity
@Immutable
@Table(name = "post_journal_entry")
@Filter(name = ExerciseMode.FILTER)
@EntityListeners(ExerciseTagging.class)
public class JournalEntry extends DeskEntity implements ExerciseTagged {

    /** True for a row recorded during an exercise; set once, when first saved. */
    private boolean exercise;

    @Column(name = "posko_id", updatable = false)
    private long poskoId;

    @Column(updatable = false)
    private Instant at = Instant.EPOCH;

    @Column(name = "shift_day", updatable = false)
    private LocalDate shiftDay = LocalDate.EPOCH;

    @Column(name = "shift_id", updatable = false)
    private @Nullable Long shiftId;

    @Column(name = "shift_name", updatable = false)
    private @Nullable String shiftName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(updatable = false)
    private JournalCategory category = JournalCategory.LAINNYA;

    @Column(updatable = false)
    private String text = "";

    @Column(name = "author_username", updatable = false)
    private String authorUsername = "";

    @Column(name = "author_name", updatable = false)
    private String authorName = "";

    @Column(name = "issue_id", updatable = false)
    private @Nullable Long issueId;

    @Column(name = "corrects_id", updatable = false)
    private @Nullable Long correctsId;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected JournalEntry() {}

    public JournalEntry(
            long poskoId,
            Instant at,
            LocalDate shiftDay,
            @Nullable Long shiftId,
            @Nullable String shiftName,
            JournalCategory category,
            String text,
            String authorUsername,
            String authorName,
            @Nullable Long issueId,
            @Nullable Long correctsId,
            Instant recordedAt) {
        this.poskoId = poskoId;
        this.at = at;
        this.shiftDay = shiftDay;
        this.shiftId = shiftId;
        this.shiftName = shiftName;
        this.category = category;
        this.text = text;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.issueId = issueId;
        this.correctsId = correctsId;
        this.recordedAt = recordedAt;
    }

    public long poskoId() {
        return poskoId;
    }

    public Instant at() {
        return at;
    }

    public JournalCategory category() {
        return category;
    }

    public String text() {
        return text;
    }

    public JournalEntryInfo toInfo(@Nullable Long correctedBy) {
        return new JournalEntryInfo(
                id(),
                poskoId,
                at,
                shiftDay,
                shiftId,
                shiftName,
                category,
                text,
                authorName,
                issueId,
                correctsId,
                correctedBy,
                recordedAt);
    }

    @Override
    public void tagExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
