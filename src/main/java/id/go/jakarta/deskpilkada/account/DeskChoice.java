package id.go.jakarta.deskpilkada.account;

import id.go.jakarta.deskpilkada.base.security.Role;

/**
 * A desk the signed-in person may work in, with his role there.
 *
 * @param current true for the desk he works in now
 */
public record DeskChoice(long deskId, String deskName, Role role, boolean current) {}
