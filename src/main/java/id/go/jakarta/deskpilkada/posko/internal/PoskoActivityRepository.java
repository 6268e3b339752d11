package id.go.jakarta.deskpilkada.posko.internal;

import id.go.jakarta.deskpilkada.base.data.PostModeKey;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PoskoActivityRepository extends JpaRepository<PoskoActivity, PostModeKey> {

    /** The post's row in the current mode. */
    Optional<PoskoActivity> findByPoskoId(long poskoId);
}
