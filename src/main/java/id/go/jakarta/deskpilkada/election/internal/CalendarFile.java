package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.table.ImportPlan;
import id.go.jakarta.deskpilkada.base.table.TableColumns;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.base.table.TableReader;
import id.go.jakarta.deskpilkada.base.table.TableRow;
import id.go.jakarta.deskpilkada.base.table.TableWriter;
import id.go.jakarta.deskpilkada.election.StageDraft;
import id.go.jakarta.deskpilkada.election.StageInfo;
import java.io.InputStream;
import java.util.List;

/**
 * A stage calendar as a CSV or XLSX file, one stage per row in calendar order: {@code no} (the
 * stage's number, kept for life; empty for a new stage), {@code tahapan}, {@code mulai},
 * {@code selesai} and {@code pemungutan} (ya/tidak). The file is the whole calendar: a stage left
 * out is retired, as when it is taken out on the screen. An export reads back unchanged.
 */
public final class CalendarFile {

    static final String SEQ = "no";
    static final String NAME = "tahapan";
    static final String STARTS = "mulai";
    static final String ENDS = "selesai";
    static final String VOTING = "pemungutan";
    static final TableColumns COLUMNS = new TableColumns(
            List.of(SEQ, NAME, STARTS, ENDS, VOTING), List.of(NAME, STARTS, ENDS), CalendarRules.MAX_STAGES);
    private static final int[] WIDTHS = {6, 60, 12, 12, 12};

    private CalendarFile() {}

    /** A stage as read, with the line it came from. */
    public record Line(int line, StageDraft stage) {}

    /** Every row read as a stage, or every row that cannot be one. */
    public static ImportPlan<Line> read(InputStream in) {
        return ImportPlan.of(TableReader.read(in, COLUMNS), CalendarFile::line);
    }

    private static Line line(TableRow row) {
        String seq = row.get(SEQ);
        Integer number = null;
        if (!seq.isEmpty()) {
            try {
                number = Integer.valueOf(seq);
            } catch (NumberFormatException e) {
                throw DeskException.invalid("calendar.import.seq", seq);
            }
        }
        return new Line(
                row.line(),
                new StageDraft(number, row.required(NAME), row.date(STARTS), row.date(ENDS), row.yesNo(VOTING, false)));
    }

    public static byte[] write(TableFormat format, List<StageInfo> stages) {
        return TableWriter.write(
                format,
                "Tahapan",
                COLUMNS.all(),
                WIDTHS,
                stages.stream()
                        .map(s -> List.of(
                                String.valueOf(s.seq()),
                                s.name(),
                                s.startsOn().toString(),
                                s.endsOn().toString(),
                                TableRow.yesNo(s.votingDay())))
                        .toList());
    }
}
