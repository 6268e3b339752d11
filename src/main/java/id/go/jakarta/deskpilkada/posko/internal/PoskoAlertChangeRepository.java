package id.go.jakarta.deskpilkada.posko.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PoskoAlertChangeRepository extends JpaRepository<PoskoAlertChange, Long> {

    List<PoskoAlertChange> findByPoskoIdOrderByChangedAtDescIdDesc(long poskoId, Pageable page);
}
