package id.go.jakarta.deskpilkada.issues;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueIntakeKeyRepository extends JpaRepository<IssueIntakeKey, Long> {

    Optional<IssueIntakeKey> findByClientAndIdemKey(String client, String idemKey);
}
