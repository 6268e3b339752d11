package id.go.jakarta.deskpilkada.desk.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeskRepository extends JpaRepository<Desk, Long> {

    Optional<Desk> findByCode(String code);

    List<Desk> findByParentIdOrderByCode(long parentId);
}
