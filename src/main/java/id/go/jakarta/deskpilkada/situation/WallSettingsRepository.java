package id.go.jakarta.deskpilkada.situation;

import org.springframework.data.jpa.repository.JpaRepository;

interface WallSettingsRepository extends JpaRepository<WallSettings, Long> {
}
