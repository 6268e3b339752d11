package id.go.jakarta.deskpilkada.reports;

/** The five narrative sections of a report, as the chief writes them (empty when not written). */
public record ReportText(
        String kamtibmas, String tahapan, String sosialPolitik, String tindakLanjut, String kebutuhan) {

    public static final ReportText EMPTY = new ReportText("", "", "", "", "");

    public ReportText {
        kamtibmas = clean(kamtibmas);
        tahapan = clean(tahapan);
        sosialPolitik = clean(sosialPolitik);
        tindakLanjut = clean(tindakLanjut);
        kebutuhan = clean(kebutuhan);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
