package id.go.jakarta.deskpilkada.posko;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoskoActivityRepository extends JpaRepository<PoskoActivity, PoskoActivity.Key> {

    /** The post's row in the current mode. */
    Optional<PoskoActivity> findByPoskoId(long poskoId);
}
