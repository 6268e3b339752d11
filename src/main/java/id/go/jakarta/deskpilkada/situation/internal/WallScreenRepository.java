package id.go.jakarta.deskpilkada.situation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WallScreenRepository extends JpaRepository<WallScreen, Long> {

    Optional<WallScreen> findByTokenHash(String tokenHash);

    boolean existsByName(String name);

    List<WallScreen> findAllByOrderByNameAsc();

    /**
     * Records a use without touching the row's version, so screens signing in at the same moment
     * (after a restart every wall reconnects at once) never collide, nor with an ADMIN revoking one.
     */
    @Modifying
    @Query(
            "update WallScreen s set s.lastUsedAt = :at where s.id = :id and (s.lastUsedAt is null or s.lastUsedAt < :before)")
    int markUsed(long id, Instant at, Instant before);
}
