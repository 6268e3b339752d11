package id.go.jakarta.deskpilkada.device.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeviceStatusChangeRepository extends JpaRepository<DeviceStatusChange, Long> {

    /** A post's changes from that time on, oldest first. */
    List<DeviceStatusChange> findByPoskoIdAndChangedAtGreaterThanEqualOrderByChangedAtAscIdAsc(
            long poskoId, Instant from);

    /** Per device of the post, its last change before that time (the status it had then). */
    @Query("select h from DeviceStatusChange h where h.poskoId = :posko and h.changedAt < :before and h.id = "
            + "(select max(h2.id) from DeviceStatusChange h2 where h2.deviceId = h.deviceId "
            + "and h2.exercise = h.exercise and h2.changedAt < :before)")
    List<DeviceStatusChange> lastBefore(@Param("posko") long poskoId, @Param("before") Instant before);
}
