package id.go.jakarta.deskpilkada.issues;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueCategoryRepository extends JpaRepository<IssueCategory, Long> {

    List<IssueCategory> findAllByOrderBySortOrderAsc();
}
