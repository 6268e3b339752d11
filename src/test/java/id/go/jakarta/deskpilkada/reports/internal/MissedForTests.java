package id.go.jakarta.deskpilkada.reports.internal;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** Lets tests of other packages run the missed-report watch at a chosen time. */
public final class MissedForTests {

    private MissedForTests() {}

    public static int flagAt(ApplicationContext context, Instant at) {
        return context.getBean(MissedReportWatch.class).flagMissed(at);
    }
}
