package id.go.jakarta.deskpilkada.election.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarVersionRepository extends JpaRepository<CalendarVersion, Long> {

    @EntityGraph(attributePaths = "stages")
    List<CalendarVersion> findByElectionIdOrderByVersionDesc(long electionId);
}
