package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An integration client's {@code Idempotency-Key} and the issue its first create made. Unique per
 * client and key in the database, so two racing retries cannot both file an issue.
 */
@Entity
@Table(name = "issue_intake_key")
public class IssueIntakeKey extends DeskEntity {

    private String client = "";

    @Column(name = "idem_key")
    private String idemKey = "";

    /** SHA-256 (hex) of the create's canonical form: a retry must send the same request. */
    @Column(name = "request_hash")
    private String requestHash = "";

    @Column(name = "issue_id")
    private long issueId;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected IssueIntakeKey() {}

    public IssueIntakeKey(String client, String idemKey, String requestHash, long issueId, Instant createdAt) {
        this.client = client;
        this.idemKey = idemKey;
        this.requestHash = requestHash;
        this.issueId = issueId;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public long issueId() {
        return issueId;
    }
}
