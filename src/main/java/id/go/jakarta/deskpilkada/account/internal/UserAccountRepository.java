package id.go.jakarta.deskpilkada.account.internal;

import id.go.jakarta.deskpilkada.base.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    long countByRoleAndEnabledTrue(Role role);

    List<UserAccount> findAllByOrderByRoleAscUsernameAsc();

    boolean existsByOfficerIdAndIdNot(long officerId, long id);
}
