package id.go.jakarta.deskpilkada.media;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MediaStatementVersionRepository extends JpaRepository<MediaStatementVersion, Long> {

    List<MediaStatementVersion> findByStatementIdOrderByNumberDesc(long statementId);
}
