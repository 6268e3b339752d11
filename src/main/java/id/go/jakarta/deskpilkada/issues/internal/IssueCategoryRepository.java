package id.go.jakarta.deskpilkada.issues.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueCategoryRepository extends JpaRepository<IssueCategory, Long> {

    List<IssueCategory> findAllByOrderBySortOrderAsc();
}
