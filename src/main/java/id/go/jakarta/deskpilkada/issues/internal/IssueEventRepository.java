package id.go.jakarta.deskpilkada.issues.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueEventRepository extends JpaRepository<IssueEvent, Long> {

    List<IssueEvent> findByIssueIdOrderByAtAscIdAsc(long issueId);
}
