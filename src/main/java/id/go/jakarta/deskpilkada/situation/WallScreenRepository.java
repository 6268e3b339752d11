package id.go.jakarta.deskpilkada.situation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WallScreenRepository extends JpaRepository<WallScreen, Long> {

    Optional<WallScreen> findByTokenHash(String tokenHash);

    boolean existsByName(String name);

    List<WallScreen> findAllByOrderByNameAsc();
}
