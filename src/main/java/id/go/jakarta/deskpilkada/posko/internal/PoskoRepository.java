package id.go.jakarta.deskpilkada.posko.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PoskoRepository extends JpaRepository<Posko, Long> {

    /** The row's version read from the database now, bypassing the persistence context. */
    @Query("select p.version from Posko p where p.id = :id")
    long currentVersion(@Param("id") long id);

    boolean existsByCode(String code);
}
