package id.go.jakarta.deskpilkada.exercise;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What one inject did (or why it could not): a message key and its arguments, for the reader's language. */
public record RunLine(
        int number, InjectKind kind, String post, boolean ok, String messageKey, List<String> args, Instant at)
        implements Serializable {}
