package id.go.jakarta.deskpilkada.reports.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reports are due.
 *
 * @param wilayahTimes  due times of each wilayah post in WIB, {@code HH:mm}; {@code 24:00} is the
 *                      report that closes the day (due at 00:00 of the next day)
 * @param provinsiTimes due times of the provincial post
 * @param grace         how long after a due time a report still counts as on time
 * @param lookback      how far back the watch looks for missed due times (not before start-up work)
 * @param watchInterval how often every node looks for missed due times
 */
@ConfigurationProperties("desk.reports")
public record ReportProperties(
        @DefaultValue({"06:00", "12:00", "18:00", "24:00"}) List<String> wilayahTimes,
        @DefaultValue("07:00") List<String> provinsiTimes,
        @DefaultValue("15m") Duration grace,
        @DefaultValue("12h") Duration lookback,
        @DefaultValue("30s") Duration watchInterval) {}
