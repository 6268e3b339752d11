package id.go.jakarta.deskpilkada.issues;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the list to; every part is optional. Scope (what the actor may see) is
 * added by the service, never trusted from here.
 *
 * @param wilayahCode a wilayah, kecamatan or kelurahan code: the issues at or under it
 * @param from        first WIB day reported (inclusive)
 * @param to          last WIB day reported (inclusive)
 * @param text        words in the title or description, or {@code #123} for one issue
 * @param unitId      referred to this unit or agency
 * @param openOnly    only issues still open
 */
public record IssueFilter(
        @Nullable String wilayahCode,
        Set<IssueStatus> statuses,
        Set<Severity> severities,
        @Nullable Long categoryId,
        @Nullable Integer stageSeq,
        @Nullable IssueSource source,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String text,
        @Nullable Long unitId,
        boolean openOnly) {

    public static final IssueFilter ALL =
            new IssueFilter(null, Set.of(), Set.of(), null, null, null, null, null, null, null, false);

    public IssueFilter {
        statuses = Set.copyOf(statuses);
        severities = Set.copyOf(severities);
    }

    public IssueFilter withWilayah(@Nullable String code) {
        return new IssueFilter(
                code, statuses, severities, categoryId, stageSeq, source, from, to, text, unitId, openOnly);
    }

    public IssueFilter withStatuses(Set<IssueStatus> s) {
        return new IssueFilter(
                wilayahCode, s, severities, categoryId, stageSeq, source, from, to, text, unitId, openOnly);
    }

    public IssueFilter withSeverities(Set<Severity> s) {
        return new IssueFilter(
                wilayahCode, statuses, s, categoryId, stageSeq, source, from, to, text, unitId, openOnly);
    }

    public IssueFilter withCategory(@Nullable Long c) {
        return new IssueFilter(
                wilayahCode, statuses, severities, c, stageSeq, source, from, to, text, unitId, openOnly);
    }

    public IssueFilter withStage(@Nullable Integer s) {
        return new IssueFilter(
                wilayahCode, statuses, severities, categoryId, s, source, from, to, text, unitId, openOnly);
    }

    public IssueFilter withSource(@Nullable IssueSource s) {
        return new IssueFilter(
                wilayahCode, statuses, severities, categoryId, stageSeq, s, from, to, text, unitId, openOnly);
    }

    public IssueFilter withDays(@Nullable LocalDate f, @Nullable LocalDate t) {
        return new IssueFilter(
                wilayahCode, statuses, severities, categoryId, stageSeq, source, f, t, text, unitId, openOnly);
    }

    public IssueFilter withText(@Nullable String t) {
        return new IssueFilter(
                wilayahCode, statuses, severities, categoryId, stageSeq, source, from, to, t, unitId, openOnly);
    }

    public IssueFilter withUnit(@Nullable Long u) {
        return new IssueFilter(
                wilayahCode, statuses, severities, categoryId, stageSeq, source, from, to, text, u, openOnly);
    }

    public IssueFilter withOpenOnly(boolean o) {
        return new IssueFilter(
                wilayahCode, statuses, severities, categoryId, stageSeq, source, from, to, text, unitId, o);
    }
}
