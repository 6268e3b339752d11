package id.go.jakarta.deskpilkada.wilayah;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.go.jakarta.deskpilkada.wilayah.internal.Wilayah;
import id.go.jakarta.deskpilkada.wilayah.internal.WilayahRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to Indonesia's administrative tree (idn-area-data 4.0.1: 38 provinsi, 514
 * kabupaten/kota, 7,285 kecamatan, 83,762 kelurahan/desa). The tree comes from migrations and never
 * changes while the application runs, so what is read is kept on the node, in bounded caches: the
 * areas asked for by code and the children asked for by parent, never the whole tree (some 19 MB).
 */
@Service
@Transactional(readOnly = true)
public class WilayahService {

    private final WilayahRepository repository;
    private final Cache<String, WilayahArea> byCode =
            Caffeine.newBuilder().maximumSize(20_000).build();
    private final Cache<String, List<WilayahArea>> childrenOf =
            Caffeine.newBuilder().maximumSize(2_000).build();

    WilayahService(WilayahRepository repository) {
        this.repository = repository;
    }

    public Optional<WilayahArea> find(String code) {
        WilayahArea known = byCode.getIfPresent(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<WilayahArea> read = repository.findById(code).map(Wilayah::toArea);
        read.ifPresent(a -> byCode.put(a.code(), a));
        return read;
    }

    /** The areas of these codes that exist, by code (one query for those not kept yet). */
    public Map<String, WilayahArea> areas(Collection<String> codes) {
        Map<String, WilayahArea> found = new HashMap<>(byCode.getAllPresent(codes));
        Set<String> missing = new HashSet<>(codes);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            repository.findAllById(missing).stream().map(Wilayah::toArea).forEach(a -> {
                byCode.put(a.code(), a);
                found.put(a.code(), a);
            });
        }
        return found;
    }

    /** The areas directly under {@code parentCode}, ordered by code. */
    public List<WilayahArea> children(String parentCode) {
        return childrenOf.get(parentCode, parent -> keep(repository.findByParentCodeOrderByCode(parent)));
    }

    /** The 38 provinces, ordered by code. */
    public List<WilayahArea> provinces() {
        return childrenOf.get("", none -> keep(repository.findByLevelOrderByCode(WilayahLevel.PROVINSI)));
    }

    /**
     * The kabupaten/kota of a region: the region itself when it is one, those of a province, none
     * for a kecamatan or desa (or an unknown code).
     */
    public List<WilayahArea> kabKota(String regionCode) {
        return find(regionCode)
                .map(region -> switch (region.level()) {
                    case PROVINSI -> children(region.code());
                    case KABKOTA -> List.of(region);
                    default -> List.<WilayahArea>of();
                })
                .orElse(List.of());
    }

    /** Every kelurahan/desa of a kabupaten/kota (some have more than 800), ordered by name. */
    public List<WilayahArea> desaOf(String kabkotaCode) {
        return childrenOf.get(
                "desa:" + kabkotaCode,
                kabkota -> keep(repository.findByKabkotaCodeAndLevelOrderByName(kabkotaCode, WilayahLevel.DESA)));
    }

    public Map<WilayahLevel, Long> countByLevel() {
        return repository.countByLevel().stream()
                .collect(Collectors.toMap(row -> (WilayahLevel) row[0], row -> (Long) row[1]));
    }

    private List<WilayahArea> keep(List<Wilayah> rows) {
        List<WilayahArea> areas = rows.stream().map(Wilayah::toArea).toList();
        byCode.putAll(areas.stream().collect(Collectors.toMap(WilayahArea::code, Function.identity())));
        return areas;
    }
}
