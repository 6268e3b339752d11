package id.go.jakarta.deskpilkada.device.internal;

import id.go.jakarta.deskpilkada.device.DeviceKind;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface DeviceRepository extends JpaRepository<Device, Long> {

    List<Device> findByPoskoIdOrderByKindAscNameAsc(long poskoId);

    boolean existsByPoskoIdAndKind(long poskoId, DeviceKind kind);

    /** For a status report: reports of one device queue up instead of failing each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
    @Query("select d from Device d where d.id = :id")
    Optional<Device> findForReport(@Param("id") long id);
}
