package id.go.jakarta.deskpilkada.base.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Western Indonesia Time (Asia/Jakarta, UTC+7, no daylight saving): every time shown to a user
 * is in WIB, whatever the server's or the browser's own zone.
 */
public final class Wib {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME_ID =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter DATE_TIME_EN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private Wib() {}

    /** The WIB calendar day of an instant. */
    public static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** "14 Feb 2017 09:30 WIB" (month names in the given language). */
    public static String dateTime(Instant instant, Locale locale) {
        DateTimeFormatter f = "en".equals(locale.getLanguage()) ? DATE_TIME_EN : DATE_TIME_ID;
        return f.format(instant.atZone(ZONE)) + " WIB";
    }

    /** "09:30 WIB". */
    public static String time(Instant instant) {
        return TIME.format(instant.atZone(ZONE)) + " WIB";
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }
}
