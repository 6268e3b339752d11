package id.go.jakarta.deskpilkada.staff;

/** The file types officers are imported from and exported to. */
public enum OfficerFileFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    OfficerFileFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String fileName(String base) {
        return base + "." + extension;
    }
}
