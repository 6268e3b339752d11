package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.table.ImportResult;
import java.util.List;

/**
 * The outcome of an account file: the import's result and, when it was applied, the one-time
 * password of every account it created, to be handed over once (they are not kept anywhere else).
 */
public record AccountImport(ImportResult result, List<InitialPassword> passwords) {

    public AccountImport {
        passwords = List.copyOf(passwords);
    }

    /** Never the passwords themselves. */
    @Override
    public String toString() {
        return "AccountImport[" + result + ", " + passwords.size() + " passwords]";
    }
}
