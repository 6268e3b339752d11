package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.issues.Severity;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Issue rules.
 *
 * @param duplicateWindow    how far back an issue at the same kelurahan and category counts as a likely duplicate
 * @param acknowledgeKritis  how long a referred kritis issue may wait for the agency's acknowledgement
 * @param acknowledgeTinggi  the same for tinggi
 * @param acknowledgeSedang  the same for sedang
 * @param acknowledgeRendah  the same for rendah
 * @param watchInterval      how often every node looks for referrals past their target
 * @param maxAttachmentBytes largest photo or PDF accepted
 * @param maxAttachments     most files on one issue
 */
@ConfigurationProperties("desk.issues")
public record IssueProperties(
        @DefaultValue("6h") Duration duplicateWindow,
        @DefaultValue("15m") Duration acknowledgeKritis,
        @DefaultValue("30m") Duration acknowledgeTinggi,
        @DefaultValue("2h") Duration acknowledgeSedang,
        @DefaultValue("8h") Duration acknowledgeRendah,
        @DefaultValue("15s") Duration watchInterval,
        @DefaultValue("10485760") long maxAttachmentBytes,
        @DefaultValue("10") int maxAttachments) {

    /** The response-time target for acknowledging a referral of that severity. */
    public Duration acknowledgeWithin(Severity severity) {
        return switch (severity) {
            case KRITIS -> acknowledgeKritis;
            case TINGGI -> acknowledgeTinggi;
            case SEDANG -> acknowledgeSedang;
            case RENDAH -> acknowledgeRendah;
        };
    }
}
