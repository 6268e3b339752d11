package id.go.jakarta.deskpilkada.journal.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Post journal rules.
 *
 * @param backdateLimit how far back an entry may be timed (something noted late); never ahead
 */
@ConfigurationProperties("desk.journal")
public record JournalProperties(@DefaultValue("12h") Duration backdateLimit) {}
