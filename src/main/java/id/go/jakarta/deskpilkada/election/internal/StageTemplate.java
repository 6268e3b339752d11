package id.go.jakarta.deskpilkada.election.internal;

import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.election.StageDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The usual KPU stages of a Pilkada placed relative to voting day, as a starting calendar that the
 * ADMIN then edits. The offsets follow the 2024 schedule (PKPU 2/2024, voting on 27 November 2024:
 * e.g. candidate registration 27-29 August, campaign 25 September - 23 November, three quiet days,
 * tiered recapitulation until 16 December); a second round, as DKI Jakarta may hold, adds its own
 * campaign, quiet days, voting and recapitulation and places the later stages after it.
 */
public final class StageTemplate {

    /** Rounds this close together leave no room for a second campaign and quiet period. */
    public static final int MIN_DAYS_BETWEEN_ROUNDS = 8;

    private StageTemplate() {}

    public static List<StageDraft> stages(ElectionKind kind, LocalDate voting, @Nullable LocalDate secondRound) {
        List<StageDraft> s = new ArrayList<>();
        add(s, "Pembentukan badan ad hoc (PPK, PPS, KPPS)", voting, -224, -22);
        add(s, "Penyerahan dukungan calon perseorangan", voting, -206, -203);
        add(s, "Verifikasi dukungan calon perseorangan", voting, -199, -101);
        add(s, "Pemutakhiran data pemilih dan penetapan DPT", voting, -180, -68);
        add(s, "Pendaftaran pasangan calon", voting, -92, -90);
        add(s, "Penelitian persyaratan calon", voting, -92, -67);
        add(s, "Penetapan pasangan calon", voting, -66, -66);
        add(s, "Pengundian nomor urut", voting, -65, -65);
        add(s, "Kampanye", voting, -63, -4);
        add(s, "Masa tenang", voting, -3, -1);
        String recapitulation = kind == ElectionKind.GUBERNUR
                ? "Rekapitulasi berjenjang (PPK, KPU kabupaten/kota, KPU provinsi)"
                : "Rekapitulasi berjenjang (PPK, KPU kabupaten/kota)";
        LocalDate last = voting;
        if (secondRound == null) {
            s.add(new StageDraft(null, "Pemungutan dan penghitungan suara", voting, voting, true));
            add(s, recapitulation, voting, 1, 19);
        } else {
            s.add(new StageDraft(null, "Pemungutan dan penghitungan suara putaran 1", voting, voting, true));
            LocalDate recapEnd = min(voting.plusDays(12), secondRound.minusDays(5));
            s.add(new StageDraft(null, recapitulation + " putaran 1", voting.plusDays(1), recapEnd, false));
            LocalDate campaignStart = max(recapEnd.plusDays(1), secondRound.minusDays(43));
            if (!campaignStart.isAfter(secondRound.minusDays(4))) {
                s.add(new StageDraft(null, "Kampanye putaran 2", campaignStart, secondRound.minusDays(4), false));
            }
            add(s, "Masa tenang putaran 2", secondRound, -3, -1);
            s.add(new StageDraft(null, "Pemungutan dan penghitungan suara putaran 2", secondRound, secondRound, true));
            add(s, recapitulation + " putaran 2", secondRound, 1, 12);
            last = secondRound;
        }
        add(s, "Penetapan pasangan calon terpilih (tanpa sengketa)", last, 22, 22);
        add(s, "Perselisihan hasil di Mahkamah Konstitusi", last, 22, 67);
        add(s, "Pelantikan " + office(kind), last, 75, 75);
        return List.copyOf(s);
    }

    private static String office(ElectionKind kind) {
        return switch (kind) {
            case GUBERNUR -> "gubernur dan wakil gubernur";
            case BUPATI -> "bupati dan wakil bupati";
            case WALIKOTA -> "wali kota dan wakil wali kota";
        };
    }

    private static void add(List<StageDraft> stages, String name, LocalDate anchor, int from, int to) {
        stages.add(new StageDraft(null, name, anchor.plusDays(from), anchor.plusDays(to), false));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
