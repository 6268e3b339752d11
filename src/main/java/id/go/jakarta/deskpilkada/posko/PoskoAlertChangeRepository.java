package id.go.jakarta.deskpilkada.posko;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoskoAlertChangeRepository extends JpaRepository<PoskoAlertChange, Long> {

    List<PoskoAlertChange> findByPoskoIdOrderByChangedAtDescIdDesc(long poskoId, Pageable page);
}
