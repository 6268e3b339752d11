package id.go.jakarta.deskpilkada.wilayah;

import id.go.jakarta.deskpilkada.wilayah.internal.Wilayah;
import id.go.jakarta.deskpilkada.wilayah.internal.WilayahRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the administrative tree. The tree comes from a migration and never changes
 * while the application runs, so it is read once and kept.
 */
@Service
@Transactional(readOnly = true)
public class WilayahService {

    private final WilayahRepository repository;
    private volatile @Nullable Map<String, WilayahArea> byCode;

    WilayahService(WilayahRepository repository) {
        this.repository = repository;
    }

    /** Every area by its code. */
    public Map<String, WilayahArea> all() {
        Map<String, WilayahArea> areas = byCode;
        if (areas == null) {
            areas = repository.findAll().stream()
                    .map(Wilayah::toArea)
                    .collect(Collectors.toUnmodifiableMap(WilayahArea::code, Function.identity()));
            byCode = areas;
        }
        return areas;
    }

    public Optional<WilayahArea> find(String code) {
        return Optional.ofNullable(all().get(code));
    }

    public List<WilayahArea> children(String parentCode) {
        return all().values().stream()
                .filter(a -> parentCode.equals(a.parentCode()))
                .sorted(Comparator.comparing(WilayahArea::code))
                .toList();
    }

    /** The five kota administrasi and the kabupaten, ordered by code. */
    public List<WilayahArea> wilayah() {
        return all().values().stream()
                .filter(a -> a.level().isWilayah())
                .sorted(Comparator.comparing(WilayahArea::code))
                .toList();
    }

    public Map<WilayahLevel, Long> countByLevel() {
        return all().values().stream().collect(Collectors.groupingBy(WilayahArea::level, Collectors.counting()));
    }
}
