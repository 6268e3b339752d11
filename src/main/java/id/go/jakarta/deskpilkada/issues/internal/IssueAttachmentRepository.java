package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.issues.AttachmentInfo;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IssueAttachmentRepository extends JpaRepository<IssueAttachment, Long> {

    @Query(
            "select new id.go.jakarta.deskpilkada.issues.AttachmentInfo(a.id, a.issueId, a.fileName, a.contentType,"
                    + " a.sizeBytes, a.uploadedBy, a.uploadedAt) from IssueAttachment a where a.issueId = :issueId order by a.id")
    List<AttachmentInfo> findInfos(long issueId);

    @Query("select new id.go.jakarta.deskpilkada.issues.AttachmentInfo(a.id, a.issueId, a.fileName, a.contentType,"
            + " a.sizeBytes, a.uploadedBy, a.uploadedAt) from IssueAttachment a where a.id = :id")
    Optional<AttachmentInfo> findInfo(long id);

    @Query("select a.content from IssueAttachment a where a.id = :id")
    byte[] findContent(long id);

    long countByIssueId(long issueId);
}
