package id.go.jakarta.deskpilkada.staff;

import java.io.Serializable;

/** A unit or agency. */
public record UnitInfo(long id, String code, String name, String shortName, UnitKind kind) implements Serializable {}
