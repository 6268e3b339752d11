package id.go.jakarta.deskpilkada.account;

/**
 * A one-time password just made for an account (created, or reset by an ADMIN), to be shown or
 * handed over once: only its hash is kept, and the person must replace it at the first sign-in.
 */
public record InitialPassword(AccountInfo account, String password) {

    /** Never the password itself: a record's default text would put it in logs. */
    @Override
    public String toString() {
        return "InitialPassword[" + account.username() + "]";
    }
}
