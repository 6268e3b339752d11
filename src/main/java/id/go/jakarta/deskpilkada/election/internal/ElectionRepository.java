package id.go.jakarta.deskpilkada.election.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ElectionRepository extends JpaRepository<Election, Long> {

    @EntityGraph(attributePaths = "stages")
    List<Election> findByActiveTrueOrderByIdDesc();

    @EntityGraph(attributePaths = "stages")
    Optional<Election> findByDeskIdAndActiveTrue(long deskId);

    @EntityGraph(attributePaths = "stages")
    List<Election> findAllByOrderByIdDesc();

    @EntityGraph(attributePaths = "stages")
    List<Election> findByDeskIdOrderByIdDesc(long deskId);

    boolean existsByCode(String code);
}
