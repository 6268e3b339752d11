package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueStatus;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** The list filter as a query condition (scope is added separately by {@link IssueAccess}). */
public final class IssueQueries {

    private IssueQueries() {}

    public static Specification<Issue> matching(IssueFilter f) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (f.wilayahCode() != null && !f.wilayahCode().isBlank()) {
                String code = f.wilayahCode().strip();
                all.add(cb.or(
                        cb.equal(root.get("wilayahCode"), code),
                        cb.equal(root.get("kecamatanCode"), code),
                        cb.equal(root.get("kelurahanCode"), code)));
            }
            if (!f.statuses().isEmpty()) {
                all.add(root.get("status").in(f.statuses()));
            } else if (f.openOnly()) {
                all.add(root.get("status")
                        .in(List.of(IssueStatus.BARU, IssueStatus.TERVERIFIKASI, IssueStatus.DITANGANI)));
            }
            if (!f.severities().isEmpty()) {
                all.add(root.get("severity").in(f.severities()));
            }
            if (f.categoryId() != null) {
                all.add(cb.equal(root.get("categoryId"), f.categoryId()));
            }
            if (f.stageSeq() != null) {
                all.add(cb.equal(root.get("stageSeq"), f.stageSeq()));
            }
            if (f.source() != null) {
                all.add(cb.equal(root.get("source"), f.source()));
            }
            if (f.unitId() != null) {
                all.add(cb.equal(root.get("assignedUnitId"), f.unitId()));
            }
            if (f.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("reportedDay"), f.from()));
            }
            if (f.to() != null) {
                all.add(cb.lessThanOrEqualTo(root.get("reportedDay"), f.to()));
            }
            String text = f.text() == null ? "" : f.text().strip();
            if (text.matches("#\\d{1,18}")) {
                all.add(cb.equal(root.get("id"), Long.parseLong(text.substring(1))));
            } else if (!text.isEmpty()) {
                for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
                    String pattern =
                            "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    all.add(cb.or(
                            cb.like(cb.lower(root.get("title")), pattern, '\\'),
                            cb.like(cb.lower(root.get("description")), pattern, '\\'),
                            cb.like(cb.lower(root.get("address")), pattern, '\\')));
                }
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
