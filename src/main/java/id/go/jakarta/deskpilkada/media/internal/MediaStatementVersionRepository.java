package id.go.jakarta.deskpilkada.media.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MediaStatementVersionRepository extends JpaRepository<MediaStatementVersion, Long> {

    List<MediaStatementVersion> findByStatementIdOrderByNumberDesc(long statementId);
}
