package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.cluster.LiveEvent;
import java.util.List;

/**
 * Accounts were created, changed, (dis)abled, unlocked, imported or had their password reset or
 * changed: the accounts screen reloads.
 */
public record AccountsChanged(List<Long> accountIds) implements LiveEvent {

    public AccountsChanged {
        // Travels between nodes: a plain JDK list, which the Hazelcast allow-list (java.*) admits.
        accountIds = List.copyOf(accountIds.stream().distinct().sorted().toList());
    }

    /** {@inheritDoc} Not one of the desk's counts. */
    @Override
    public boolean movesDeskCounts() {
        return false;
    }
}
