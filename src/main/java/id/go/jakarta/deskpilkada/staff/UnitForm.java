package id.go.jakarta.deskpilkada.staff;

/**
 * What the ADMIN enters for a unit; its code is given once, when it is created, and kept for life
 * (files and other systems name units by it).
 */
public record UnitForm(String name, String shortName, UnitKind kind) {}
