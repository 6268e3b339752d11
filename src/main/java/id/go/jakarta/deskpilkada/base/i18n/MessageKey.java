package id.go.jakarta.deskpilkada.base.i18n;

/** A message argument that is itself translated (e.g. the name of a field inside a problem). */
public record MessageKey(String key) {}
