package id.go.jakarta.deskpilkada.staff.internal;

import id.go.jakarta.deskpilkada.staff.PostRole;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficerRepository extends JpaRepository<Officer, Long> {

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.QueryHints(
            @jakarta.persistence.QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
    @Query("select o from Officer o where o.id = :id")
    Optional<Officer> lockById(long id);

    List<Officer> findByHomePoskoIdOrderByFullName(long homePoskoId);

    List<Officer> findAllByOrderByFullName();

    boolean existsByNip(String nip);

    Optional<Officer> findByNip(String nip);

    List<Officer> findByNipIn(Collection<String> nips);

    /** Whether any officer of that unit has that role (a liaison needs a Forkopimda agency). */
    boolean existsByUnitIdAndPostRole(long unitId, PostRole postRole);

    @Query(
            "select o.homePoskoId, count(o) from Officer o where o.active = true and o.reserve = false group by o.homePoskoId")
    List<Object[]> countDailyByPosko();
}
