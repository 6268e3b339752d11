package id.go.jakarta.deskpilkada.staff;

import java.io.Serializable;

/**
 * A unit or agency. A retired one ({@code active} false) still names the officers, accounts and
 * referrals that have it, but is offered for no new one.
 *
 * @param sortOrder where the ADMIN put it in every list (smaller first)
 * @param version   what a change is checked against, so that no one overwrites another's change
 */
public record UnitInfo(
        long id, String code, String name, String shortName, UnitKind kind, int sortOrder, boolean active, long version)
        implements Serializable {}
