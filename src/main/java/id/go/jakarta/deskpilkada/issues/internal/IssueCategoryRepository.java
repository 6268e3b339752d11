package id.go.jakarta.deskpilkada.issues.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueCategoryRepository extends JpaRepository<IssueCategory, Long> {

    /** Every category, retired ones too, in the ADMIN's order (ties by name). */
    List<IssueCategory> findAllByOrderBySortOrderAscNameAsc();
}
