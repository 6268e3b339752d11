package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import id.go.jakarta.deskpilkada.issues.TimelineEntry;
import id.go.jakarta.deskpilkada.issues.TimelineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One line of an issue's timeline: a transition, a comment, an escalation, an acknowledgement. */
@Entity
@Table(name = "issue_event")
public class IssueEvent extends DeskEntity {

    @Column(name = "issue_id")
    private long issueId;

    private Instant at = Instant.EPOCH;
    private String actor = "";

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TimelineKind kind = TimelineKind.KOMENTAR;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status")
    private @Nullable IssueStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status")
    private @Nullable IssueStatus toStatus;

    private @Nullable String text;

    protected IssueEvent() {}

    public IssueEvent(
            long issueId,
            Instant at,
            String actor,
            TimelineKind kind,
            @Nullable IssueStatus from,
            @Nullable IssueStatus to,
            @Nullable String text) {
        this.issueId = issueId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.fromStatus = from;
        this.toStatus = to;
        this.text = text;
    }

    public TimelineEntry toEntry() {
        return new TimelineEntry(at, actor, kind, fromStatus, toStatus, text);
    }
}
