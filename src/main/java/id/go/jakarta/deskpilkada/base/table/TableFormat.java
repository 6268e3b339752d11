package id.go.jakarta.deskpilkada.base.table;

/** The file types tables are imported from and exported to. */
public enum TableFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TableFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String fileName(String base) {
        return base + "." + extension;
    }
}
