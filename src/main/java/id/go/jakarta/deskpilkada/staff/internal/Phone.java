package id.go.jakarta.deskpilkada.staff.internal;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An officer's mobile number: Indonesian, {@code 08...} or {@code +628...}, 10 to 15 digits in all.
 * Spaces and dashes people type are dropped before the check and not stored.
 */
public final class Phone {

    private static final Pattern VALID = Pattern.compile("^(\\+62|0)8[0-9]{7,12}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");

    private Phone() {}

    /** The number without separators, or null when nothing was entered. */
    public static @Nullable String normalise(@Nullable String phone) {
        if (phone == null) {
            return null;
        }
        String plain = SEPARATORS.matcher(phone).replaceAll("");
        return plain.isEmpty() ? null : plain;
    }

    /** Why a number is invalid, as a message key (argument: the number), or empty when valid or empty. */
    public static Optional<String> problem(@Nullable String phone) {
        String plain = normalise(phone);
        return plain == null || VALID.matcher(plain).matches() ? Optional.empty() : Optional.of("phone.invalid");
    }
}
