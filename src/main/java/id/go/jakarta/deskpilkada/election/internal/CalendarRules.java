package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.election.ElectionService.CalendarProblem;
import id.go.jakarta.deskpilkada.election.StageDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a calendar acceptable, told for every stage at once (an import lists every bad row):
 * a name, both dates, an end not before the start, start dates never going back in calendar order
 * (stages starting the same day may come in any order), names unique, and a seq only of this
 * election's stages, each at most once.
 */
public final class CalendarRules {

    public static final int MAX_STAGES = 60;
    public static final int MAX_NAME = 200;

    private CalendarRules() {}

    public static List<CalendarProblem> check(List<StageDraft> drafts, Set<Integer> knownSeqs) {
        List<CalendarProblem> problems = new ArrayList<>();
        if (drafts.isEmpty()) {
            problems.add(new CalendarProblem(0, "election.calendar.empty", List.of()));
            return problems;
        }
        if (drafts.size() > MAX_STAGES) {
            problems.add(new CalendarProblem(0, "election.calendar.tooMany", List.of(MAX_STAGES)));
            return problems;
        }
        Set<String> names = new HashSet<>();
        Set<Integer> seqs = new HashSet<>();
        LocalDate previousStart = null;
        for (int i = 0; i < drafts.size(); i++) {
            int row = i + 1;
            StageDraft d = drafts.get(i);
            String name = d.name().strip();
            if (name.isEmpty() || name.length() > MAX_NAME) {
                problems.add(new CalendarProblem(row, "election.stage.name", List.of(row, MAX_NAME)));
            } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new CalendarProblem(row, "election.stage.nameRepeated", List.of(row, name)));
            }
            Integer seq = d.seq();
            if (seq != null && (!knownSeqs.contains(seq) || !seqs.add(seq))) {
                problems.add(new CalendarProblem(row, "election.stage.unknownSeq", List.of(row, seq)));
            }
            LocalDate start = d.startsOn();
            LocalDate end = d.endsOn();
            if (start == null || end == null) {
                problems.add(new CalendarProblem(row, "election.stage.dates", List.of(row, name)));
                continue;
            }
            if (end.isBefore(start)) {
                problems.add(new CalendarProblem(row, "election.stage.endsBefore", List.of(row, name)));
            }
            if (previousStart != null && start.isBefore(previousStart)) {
                problems.add(new CalendarProblem(row, "election.stage.order", List.of(row, name)));
            }
            previousStart = start;
        }
        return problems;
    }
}
