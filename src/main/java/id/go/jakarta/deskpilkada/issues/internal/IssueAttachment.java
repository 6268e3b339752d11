package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.base.data.DeskEntity;
import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A photo or PDF attached to an issue, kept in the database so that every node serves it. */
@Entity
@Table(name = "issue_attachment")
public class IssueAttachment extends DeskEntity {

    @Column(name = "issue_id")
    private long issueId;

    @Column(name = "file_name")
    private String fileName = "";

    @Column(name = "content_type")
    private String contentType = "";

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    private byte[] content = new byte[0];

    @Column(name = "uploaded_by")
    private String uploadedBy = "";

    @Column(name = "uploaded_at")
    private Instant uploadedAt = Instant.EPOCH;

    protected IssueAttachment() {}

    public IssueAttachment(
            long issueId, String fileName, String contentType, byte[] content, String uploadedBy, Instant at) {
        this.issueId = issueId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public AttachmentInfo toInfo() {
        return new AttachmentInfo(id(), issueId, fileName, contentType, sizeBytes, uploadedBy, uploadedAt);
    }
}
