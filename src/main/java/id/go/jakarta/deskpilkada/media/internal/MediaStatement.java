package id.go.jakarta.deskpilkada.media.internal;

import id.go.jakarta.deskpilkada.base.data.ExerciseMode;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagged;
import id.go.jakarta.deskpilkada.base.data.ExerciseTagging;
import id.go.jakarta.deskpilkada.base.data.VersionedDeskEntity;
import id.go.jakarta.deskpilkada.media.MediaStatus;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A media statement; its text is kept once more per save in {@link MediaStatementVersion}. */
@Entity
@Table(name = "media_statement")
@Filter(name = ExerciseMode.FILTER)
@EntityListeners(ExerciseTagging.class)
public class MediaStatement extends VersionedDeskEntity implements ExerciseTagged {

    /** True for a row recorded during an exercise; set once, when first saved. */
    private boolean exercise;

    private String title = "";
    private String body = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MediaStatus status = MediaStatus.DRAFT;

    @Column(name = "posko_id")
    private @Nullable Long poskoId;

    private String author = "";

    @Column(name = "author_username")
    private String authorUsername = "";

    @Column(name = "supersedes_id")
    private @Nullable Long supersedesId;

    @Column(name = "return_note")
    private @Nullable String returnNote;

    @Column(name = "content_version")
    private int contentVersion;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by")
    private String updatedBy = "";

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by")
    private @Nullable String publishedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_statement_issue", joinColumns = @JoinColumn(name = "statement_id"))
    @Column(name = "issue_id")
    private Set<Long> relatedIssueIds = new TreeSet<>();

    protected MediaStatement() {}

    public MediaStatement(
            String title,
            String body,
            List<Long> related,
            @Nullable Long poskoId,
            String author,
            String authorUsername,
            @Nullable Long supersedesId,
            Instant now) {
        this.title = title;
        this.body = body;
        this.relatedIssueIds = new TreeSet<>(related);
        this.poskoId = poskoId;
        this.author = author;
        this.authorUsername = authorUsername;
        this.supersedesId = supersedesId;
        this.contentVersion = 1;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = author;
    }

    /** Changes the content; true if title or text changed (a new version is then kept). */
    public boolean edit(String newTitle, String newBody, List<Long> related, String by, Instant now) {
        boolean changed = !title.equals(newTitle) || !body.equals(newBody);
        title = newTitle;
        body = newBody;
        relatedIssueIds.clear();
        relatedIssueIds.addAll(related);
        if (changed) {
            contentVersion++;
        }
        touch(by, now);
        return changed;
    }

    public void submit(String by, Instant now) {
        status = MediaStatus.SUBMITTED;
        submittedAt = now;
        touch(by, now);
    }

    public void approve(String by, Instant now) {
        status = MediaStatus.APPROVED;
        approvedAt = now;
        reviewedBy = by;
        touch(by, now);
    }

    public void sendBack(String note, String by, Instant now) {
        status = MediaStatus.RETURNED;
        returnNote = note;
        reviewedBy = by;
        approvedAt = null;
        touch(by, now);
    }

    public void publish(String by, Instant now) {
        status = MediaStatus.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
        reviewedBy = by;
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    public MediaStatus status() {
        return status;
    }

    @Nullable
    public Long poskoId() {
        return poskoId;
    }

    public String authorUsername() {
        return authorUsername;
    }

    @Nullable
    public Long supersedesId() {
        return supersedesId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    int contentVersion() {
        return contentVersion;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    public Instant publishedAt() {
        return publishedAt;
    }

    public StatementInfo toInfo(@Nullable Long supersededById) {
        return new StatementInfo(
                id(),
                title,
                body,
                status,
                poskoId,
                author,
                List.copyOf(relatedIssueIds),
                supersedesId,
                supersededById,
                returnNote,
                contentVersion,
                createdAt,
                updatedAt,
                updatedBy,
                submittedAt,
                reviewedBy,
                publishedAt,
                publishedBy,
                version());
    }

    @Override
    public void tagExercise(boolean exercise) {
        this.exercise = exercise;
    }
}
