package id.go.jakarta.deskpilkada.duty.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Duty rules.
 *
 * @param minimumRest    the least time between two shifts of one officer
 * @param grace          how long after a shift starts missing people are still "on their way"
 * @param signInEarly    how long before a shift starts an officer may sign in
 * @param qrValidity     how long a sign-in QR code is accepted after it is issued
 * @param watchInterval  how often every node checks shift starts and grace periods
 */
@ConfigurationProperties("desk.duty")
public record DutyProperties(
        @DefaultValue("8h") Duration minimumRest,
        @DefaultValue("15m") Duration grace,
        @DefaultValue("60m") Duration signInEarly,
        @DefaultValue("60s") Duration qrValidity,
        @DefaultValue("5s") Duration watchInterval) {}
