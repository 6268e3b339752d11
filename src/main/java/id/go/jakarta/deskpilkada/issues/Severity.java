package id.go.jakarta.deskpilkada.issues;

/** How bad an issue is; the order is from least to most severe. */
public enum Severity {
    RENDAH,
    SEDANG,
    TINGGI,
    KRITIS;

    public String labelKey() {
        return "severity." + name();
    }
}
