package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.data.PostModeKey;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CoverageStateRepository extends JpaRepository<CoverageState, PostModeKey> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "5000"))
    @Query("select s from CoverageState s where s.poskoId = :poskoId")
    Optional<CoverageState> lockByPoskoId(long poskoId);

    /** The post's state in the current mode. */
    Optional<CoverageState> findByPoskoId(long poskoId);

    /** Several posts' states in the current mode. */
    List<CoverageState> findByPoskoIdIn(Collection<Long> poskoIds);
}
