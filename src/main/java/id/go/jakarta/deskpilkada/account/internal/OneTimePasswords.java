package id.go.jakarta.deskpilkada.account.internal;

import java.security.SecureRandom;

/**
 * One-time passwords for new accounts and resets: {@value #LENGTH} characters drawn by
 * {@link SecureRandom} from letters and digits that cannot be mistaken for one another when read
 * out or copied from paper (no 0/O, 1/l/I), about 81 bits.
 */
public final class OneTimePasswords {

    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    public static final int LENGTH = 14;

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {}

    public static String next() {
        char[] password = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            password[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(password);
    }
}
