package id.go.jakarta.deskpilkada.duty;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ShiftTemplateRepository extends JpaRepository<ShiftTemplate, Long> {

    List<ShiftTemplate> findByPoskoIdOrderBySortOrderAscStartTimeAsc(long poskoId);

    List<ShiftTemplate> findByActiveTrue();

    boolean existsByPoskoIdAndNameIgnoreCaseAndIdNot(long poskoId, String name, long id);

    int countByPoskoId(long poskoId);
}
