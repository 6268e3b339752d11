package id.go.jakarta.deskpilkada.staff;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.staff.internal.Phone;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Indonesian mobile number as the desk keeps it for anyone it must reach (officers, accounts):
 * {@code 08...} or {@code +628...}, without the spaces and dashes people type.
 */
public record MobileNumber(String value) {

    public MobileNumber {
        if (Phone.problem(value).isPresent() || !value.equals(Phone.normalise(value))) {
            throw DeskException.invalid("phone.invalid", value);
        }
    }

    /**
     * The number as typed, checked and without separators; empty when nothing was typed.
     *
     * @throws DeskException {@code phone.invalid} for anything else
     */
    public static Optional<MobileNumber> parse(@Nullable String typed) {
        String plain = Phone.normalise(typed);
        if (plain == null) {
            return Optional.empty();
        }
        if (Phone.problem(plain).isPresent()) {
            throw DeskException.invalid("phone.invalid", String.valueOf(typed).strip());
        }
        return Optional.of(new MobileNumber(plain));
    }
}
