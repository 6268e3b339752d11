package id.go.jakarta.deskpilkada.staff.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    /** Every unit, retired ones too, in the ADMIN's order. */
    List<Unit> findAllByOrderBySortOrderAscNameAsc();

    Optional<Unit> findByCode(String code);
}
