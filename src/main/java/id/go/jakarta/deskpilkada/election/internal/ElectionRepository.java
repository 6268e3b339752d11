package id.go.jakarta.deskpilkada.election.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionRepository extends JpaRepository<Election, Long> {

    @EntityGraph(attributePaths = "stages")
    List<Election> findByActiveTrueOrderByIdDesc();

    @EntityGraph(attributePaths = "stages")
    List<Election> findAllByOrderByIdDesc();

    boolean existsByCode(String code);
}
