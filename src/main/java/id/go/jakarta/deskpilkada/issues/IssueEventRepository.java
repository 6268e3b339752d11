package id.go.jakarta.deskpilkada.issues;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueEventRepository extends JpaRepository<IssueEvent, Long> {

    List<IssueEvent> findByIssueIdOrderByAtAscIdAsc(long issueId);
}
