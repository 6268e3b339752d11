package id.go.jakarta.deskpilkada.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "197503152000031002, ''",
        "198812302014122001, ''",
        "19750315200003100, nip.format",
        "1975031520000310021, nip.format",
        "19750315200003100A, nip.format",
        "197513152000031002, nip.dates",
        "197502302000031002, nip.dates",
        "197503152000131002, nip.dates",
        "197503151985031002, nip.dates",
        "197503152000033002, nip.sex",
    })
    void a_nip_is_checked_for_length_dates_and_sex_code(String nip, String expectedProblem) {
        assertThat(Nip.problem(nip).orElse("")).isEqualTo(expectedProblem);
    }
}
