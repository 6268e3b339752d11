package id.go.jakarta.deskpilkada.duty.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QrUseRepository extends JpaRepository<QrUse, String> {

    @Modifying
    @Query("delete from QrUse u where u.usedAt < :before")
    int deleteUsedBefore(Instant before);
}
