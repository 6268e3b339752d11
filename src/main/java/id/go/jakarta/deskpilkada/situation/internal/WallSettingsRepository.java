package id.go.jakarta.deskpilkada.situation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WallSettingsRepository extends JpaRepository<WallSettings, Long> {

    /** A desk's own playlist, if it saved one. */
    Optional<WallSettings> findByDeskId(long deskId);
}
