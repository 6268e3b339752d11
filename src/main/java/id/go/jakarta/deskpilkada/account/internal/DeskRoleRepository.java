package id.go.jakarta.deskpilkada.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Roles in other desks; filtered by the acting desk like every desk's rows. */
public interface DeskRoleRepository extends JpaRepository<DeskRole, Long> {

    List<DeskRole> findAllByOrderByGrantedAtAsc();

    /** The person's roles; across desks when run as the root tenant. */
    List<DeskRole> findByAccountId(long accountId);

    Optional<DeskRole> findByAccountIdAndDeskId(long accountId, long deskId);

    boolean existsByAccountId(long accountId);
}
