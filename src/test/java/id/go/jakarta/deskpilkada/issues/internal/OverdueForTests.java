package id.go.jakarta.deskpilkada.issues.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** Lets the screen tests make referrals late the way the overdue watch does, without waiting. */
public final class OverdueForTests {

    private OverdueForTests() {}

    /** Flags every referral that would be past its target that much later; raises their events. */
    public static int flagAsIfLater(ApplicationContext context, Duration later) {
        return context.getBean(OverdueWatch.class)
                .flagOverdue(context.getBean(Clock.class).instant().plus(later));
    }
}
