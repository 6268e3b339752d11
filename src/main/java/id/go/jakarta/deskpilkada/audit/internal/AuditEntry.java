package id.go.jakarta.deskpilkada.audit.internal;

import id.go.jakarta.deskpilkada.audit.AuditEntryInfo;
import id.go.jakarta.deskpilkada.base.data.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the audit trail; never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends AbstractEntity {

    private Instant at = Instant.EPOCH;
    private String actor = "";
    private String subject = "";

    @Column(name = "subject_id")
    private String subjectId = "";

    private String action = "";
    private String label = "";

    @Column(name = "before_text")
    private @Nullable String before;

    @Column(name = "after_text")
    private @Nullable String after;

    /** The desk the change was made in; null for entries older than desks. */
    @Column(name = "desk_id", updatable = false)
    private @Nullable Long deskId;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at,
            String actor,
            String subject,
            String subjectId,
            String action,
            String label,
            @Nullable String before,
            @Nullable String after,
            @Nullable Long deskId) {
        this.deskId = deskId;
        this.at = at;
        this.actor = actor;
        this.subject = subject;
        this.subjectId = subjectId;
        this.action = action;
        this.label = label;
        this.before = before;
        this.after = after;
    }

    public AuditEntryInfo toInfo() {
        return new AuditEntryInfo(id(), at, actor, subject, subjectId, action, label, before, after);
    }
}
