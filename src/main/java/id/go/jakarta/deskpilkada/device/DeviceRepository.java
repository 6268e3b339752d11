package id.go.jakarta.deskpilkada.device;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeviceRepository extends JpaRepository<Device, Long> {

    List<Device> findByPoskoIdOrderByKindAscNameAsc(long poskoId);

    boolean existsByPoskoIdAndKind(long poskoId, DeviceKind kind);
}
