package id.go.jakarta.deskpilkada.posko;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoskoRepository extends JpaRepository<Posko, Long> {

    List<Posko> findAllByOrderBySortOrder();
}
