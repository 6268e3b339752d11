package id.go.jakarta.deskpilkada.situation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WallSettingsRepository extends JpaRepository<WallSettings, Long> {}
