package id.go.jakarta.deskpilkada.device.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CameraSourceRepository extends JpaRepository<CameraSource, Long> {

    List<CameraSource> findAllByOrderByKindAscAddressAsc();

    boolean existsByAddress(String address);

    boolean existsByAddressAndIdNot(String address, long id);
}
