package id.go.jakarta.deskpilkada.audit.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findAllByOrderByIdDesc(Pageable page);

    List<AuditEntry> findBySubjectOrderByIdDesc(String subject, Pageable page);

    List<AuditEntry> findBySubjectAndSubjectIdOrderByIdDesc(String subject, String subjectId);

    @Query("select distinct e.subject from AuditEntry e order by e.subject")
    List<String> findSubjects();

    List<AuditEntry> findByDeskIdOrderByIdDesc(long deskId, Pageable page);

    List<AuditEntry> findByDeskIdAndSubjectOrderByIdDesc(long deskId, String subject, Pageable page);

    List<AuditEntry> findByDeskIdAndSubjectAndSubjectIdOrderByIdDesc(long deskId, String subject, String subjectId);

    @Query("select distinct e.subject from AuditEntry e where e.deskId = :desk order by e.subject")
    List<String> findSubjectsOf(long desk);
}
