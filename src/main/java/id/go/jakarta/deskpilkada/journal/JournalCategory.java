package id.go.jakarta.deskpilkada.journal;

/** What a journal entry is about. */
public enum JournalCategory {
    KAMTIBMAS,
    LOGISTIK,
    CUACA,
    KUNJUNGAN,
    KOMUNIKASI,
    LAINNYA;

    /** Translation key of the category's name. */
    public String labelKey() {
        return "journal.category." + name();
    }
}
