package id.go.jakarta.deskpilkada.issues.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssueIntakeKeyRepository extends JpaRepository<IssueIntakeKey, Long> {

    Optional<IssueIntakeKey> findByClientAndIdemKey(String client, String idemKey);
}
