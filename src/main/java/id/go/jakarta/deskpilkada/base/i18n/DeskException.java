package id.go.jakarta.deskpilkada.base.i18n;

import java.util.Arrays;

/**
 * A problem the user can understand and act on (bad input, no permission, a conflict).
 * It carries a message key and arguments rather than text, so each screen says it in the
 * user's own language; nothing has been changed when it is thrown.
 */
public class DeskException extends RuntimeException {

    public enum Kind {
        INVALID,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final Object[] args;

    public DeskException(Kind kind, String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args));
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static DeskException invalid(String key, Object... args) {
        return new DeskException(Kind.INVALID, key, args);
    }

    public static DeskException forbidden(String key, Object... args) {
        return new DeskException(Kind.FORBIDDEN, key, args);
    }

    public static DeskException notFound(String key, Object... args) {
        return new DeskException(Kind.NOT_FOUND, key, args);
    }

    public static DeskException conflict(String key, Object... args) {
        return new DeskException(Kind.CONFLICT, key, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
