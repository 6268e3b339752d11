package id.go.jakarta.deskpilkada.situation;

/** The panels a wall screen rotates through. */
public enum WallPanelKind {
    /** The seven tiles, the map and the stage strip. */
    RINGKASAN,
    /** The schematic map of the six wilayah, large. */
    PETA,
    /** Staffing and issue charts. */
    GRAFIK,
    /** The CCTV cameras' snapshots and status. */
    CCTV;

    public String labelKey() {
        return "wall.panel." + name();
    }
}
