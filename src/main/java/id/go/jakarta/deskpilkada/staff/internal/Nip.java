package id.go.jakarta.deskpilkada.staff.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The 18-digit Nomor Induk Pegawai of a civil servant: birth date (yyyyMMdd), appointment month
 * (yyyyMM), sex (1 male, 2 female) and a 3-digit serial.
 */
public final class Nip {

    private Nip() {}

    /** Why a NIP is invalid, as a message key, or empty when it is valid. */
    public static Optional<String> problem(String nip) {
        if (!nip.matches("\\d{18}")) {
            return Optional.of("nip.format");
        }
        LocalDate born;
        YearMonth appointed;
        try {
            born = LocalDate.of(
                    Integer.parseInt(nip.substring(0, 4)),
                    Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("nip.dates");
        }
        if (appointed.isBefore(YearMonth.from(born.plusYears(17)))) {
            return Optional.of("nip.dates");
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("nip.sex");
        }
        return Optional.empty();
    }
}
