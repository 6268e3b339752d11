package id.go.jakarta.deskpilkada.integration.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiClientRepository extends JpaRepository<ApiClient, Long> {

    Optional<ApiClient> findByTokenHash(String tokenHash);

    boolean existsByName(String name);

    List<ApiClient> findAllByOrderByNameAsc();

    /**
     * Records a use without touching the row's version: simultaneous requests of one client must
     * not collide with each other, nor with an ADMIN revoking the client.
     */
    @Modifying
    @Query(
            "update ApiClient c set c.lastUsedAt = :at where c.id = :id and (c.lastUsedAt is null or c.lastUsedAt < :before)")
    int markUsed(long id, Instant at, Instant before);
}
