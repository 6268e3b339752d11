package id.go.jakarta.deskpilkada.rollup;

import id.go.jakarta.deskpilkada.posko.AlertLevel;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;

/**
 * One desk's public numbers as counts, or the sum of several desks' (a province with its
 * kabupaten/kota, the whole country). No names, no titles: what a roll-up may know of a desk.
 *
 * @param desks          how many desks are counted in (1 for one desk)
 * @param exerciseDesks  how many of them were in exercise mode: their numbers are the exercise's
 * @param posts          active posts
 * @param waspada        posts at alert grade WASPADA
 * @param siaga          posts at alert grade SIAGA
 * @param awas           posts at alert grade AWAS
 * @param issuesOpen     open issues (reported, verified, referred or being handled)
 * @param issuesHigh     of them, severity TINGGI
 * @param issuesCritical of them, severity KRITIS
 * @param referralsLate  referrals past their deadline
 * @param coverageGaps   posts short of officers now
 * @param reportsLate    posts whose situation report is overdue
 * @param countedAt      when the counts were taken (for a sum, the oldest of its parts)
 */
public record DeskCounts(
        int desks,
        int exerciseDesks,
        int posts,
        int waspada,
        int siaga,
        int awas,
        int issuesOpen,
        int issuesHigh,
        int issuesCritical,
        int referralsLate,
        int coverageGaps,
        int reportsLate,
        Instant countedAt)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Nothing counted yet: the neutral element of {@link #plus}. */
    public static final DeskCounts NONE = new DeskCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Instant.MAX);

    /**
     * Worst first: the worst alert grade, then critical issues, open issues, coverage gaps, late
     * reports and late referrals; the order of the roll-up's rows and wall tiles.
     */
    public static final Comparator<DeskCounts> WORST_FIRST = Comparator.comparing(DeskCounts::worst)
            .thenComparingInt(DeskCounts::awas)
            .thenComparingInt(DeskCounts::siaga)
            .thenComparingInt(DeskCounts::issuesCritical)
            .thenComparingInt(DeskCounts::issuesOpen)
            .thenComparingInt(DeskCounts::coverageGaps)
            .thenComparingInt(DeskCounts::reportsLate)
            .thenComparingInt(DeskCounts::referralsLate)
            .reversed();

    /**
     * The worst alert grade among the posts counted: the grade the post chiefs set is the official
     * state of a region (NORMAL with no post at a higher grade, or no post at all).
     */
    public AlertLevel worst() {
        if (awas > 0) {
            return AlertLevel.AWAS;
        }
        if (siaga > 0) {
            return AlertLevel.SIAGA;
        }
        return waspada > 0 ? AlertLevel.WASPADA : AlertLevel.NORMAL;
    }

    /** Posts at that grade (NORMAL: the posts at no higher grade). */
    public int at(AlertLevel level) {
        return switch (level) {
            case NORMAL -> posts - waspada - siaga - awas;
            case WASPADA -> waspada;
            case SIAGA -> siaga;
            case AWAS -> awas;
        };
    }

    /** The sum of both, counted at the older of their times. */
    public DeskCounts plus(DeskCounts other) {
        return new DeskCounts(
                desks + other.desks,
                exerciseDesks + other.exerciseDesks,
                posts + other.posts,
                waspada + other.waspada,
                siaga + other.siaga,
                awas + other.awas,
                issuesOpen + other.issuesOpen,
                issuesHigh + other.issuesHigh,
                issuesCritical + other.issuesCritical,
                referralsLate + other.referralsLate,
                coverageGaps + other.coverageGaps,
                reportsLate + other.reportsLate,
                countedAt.isBefore(other.countedAt) ? countedAt : other.countedAt);
    }

    /** The same numbers, counted at another time. */
    public DeskCounts withCountedAt(Instant at) {
        return new DeskCounts(
                desks,
                exerciseDesks,
                posts,
                waspada,
                siaga,
                awas,
                issuesOpen,
                issuesHigh,
                issuesCritical,
                referralsLate,
                coverageGaps,
                reportsLate,
                at);
    }

    /** True if nothing is counted in (no desk). */
    public boolean isNone() {
        return desks == 0;
    }
}
