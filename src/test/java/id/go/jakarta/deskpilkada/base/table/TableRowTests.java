package id.go.jakarta.deskpilkada.base.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableRowTests {

    private static TableRow row(String value) {
        return new TableRow(2, Map.of("mulai", value), null);
    }

    @Test
    void a_date_is_read_as_exported_as_typed_in_indonesia_and_as_a_sheet_date_cell() {
        LocalDate day = LocalDate.of(2018, 6, 27);
        assertThat(row("2018-06-27").date("mulai")).isEqualTo(day);
        assertThat(row("27/06/2018").date("mulai")).isEqualTo(day);
        assertThat(row("27-6-2018").date("mulai")).isEqualTo(day);
        assertThat(row("27.06.2018").date("mulai")).isEqualTo(day);
        assertThat(row("6/27/18").date("mulai")).isEqualTo(day);
    }

    @Test
    void an_impossible_or_empty_date_is_refused_with_the_column_and_the_text() {
        assertThatThrownBy(() -> row("31/02/2018").date("mulai")).isInstanceOfSatisfying(DeskException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("table.import.date");
            assertThat(e.args()).containsExactly("mulai", "31/02/2018");
        });
        assertThatThrownBy(() -> row("besok").date("mulai"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("table.import.date"));
        assertThatThrownBy(() -> row("").date("mulai"))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("table.import.required"));
    }
}
