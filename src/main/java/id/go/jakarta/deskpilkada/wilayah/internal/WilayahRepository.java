package id.go.jakarta.deskpilkada.wilayah.internal;

import id.go.jakarta.deskpilkada.wilayah.WilayahLevel;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WilayahRepository extends JpaRepository<Wilayah, String> {

    List<Wilayah> findByParentCodeOrderByCode(String parentCode);

    List<Wilayah> findByLevelOrderByCode(WilayahLevel level);

    List<Wilayah> findByKabkotaCodeAndLevelOrderByName(String kabkotaCode, WilayahLevel level);

    @Query("select w.level, count(w) from Wilayah w group by w.level")
    List<Object[]> countByLevel();
}
