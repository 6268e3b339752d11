package id.go.jakarta.deskpilkada.demo.internal;

import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.DeskUser;
import id.go.jakarta.deskpilkada.journal.JournalCategory;
import id.go.jakarta.deskpilkada.journal.JournalForm;
import id.go.jakarta.deskpilkada.journal.JournalService;
import id.go.jakarta.deskpilkada.media.MediaService;
import id.go.jakarta.deskpilkada.media.StatementForm;
import id.go.jakarta.deskpilkada.media.StatementInfo;
import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.reports.ReportInfo;
import id.go.jakarta.deskpilkada.reports.ReportService;
import id.go.jakarta.deskpilkada.reports.ReportText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A few journal entries at the posts and one published press statement, written through the
 * services by the demo accounts that would write them (an officer, a chief, Bakesbangpol), so the
 * wall's ticker and statement box and the register are not empty on a first run; and the
 * situation reports of the last hours.
 */
final class DemoPostLife {

    private final JournalService journal;
    private final MediaService media;
    private final ReportService reports;
    private final UserDetailsService users;

    DemoPostLife(JournalService journal, MediaService media, ReportService reports, UserDetailsService users) {
        this.journal = journal;
        this.media = media;
        this.reports = reports;
        this.users = users;
    }

    boolean reportsLoaded() {
        return reports.wallStatus().values().stream().anyMatch(s -> s.lastSubmittedAt() != null);
    }

    /**
     * The situation reports of the last hours, submitted by each post's chief (late, since they are
     * filed at start-up) and accepted by the reviewer, except at Kepulauan Seribu, whose reports
     * are missing: the wall shows that post's report as late.
     */
    void loadReports(Map<String, PoskoTile> posts, Instant now) {
        for (PoskoTile post : posts.values()) {
            if (post.code().equals("KEPSERIBU")) {
                continue;
            }
            String chief = "ketua." + post.code().toLowerCase(Locale.ROOT);
            String reviewer = post.level() == PoskoLevel.PROVINSI ? "sekda" : "ketua.balaikota";
            List<Instant> due = as(chief, () -> reports.openDues(post.id())).stream()
                    .filter(d -> !d.isAfter(now))
                    .toList();
            for (Instant at : due) {
                ReportInfo draft = as(chief, () -> reports.start(post.id(), at));
                ReportInfo sent = as(
                        chief,
                        () -> reports.submit(
                                draft.id(),
                                draft.version(),
                                new ReportText(
                                        "Situasi kamtibmas aman dan kondusif; tidak ada gangguan berarti.",
                                        "Persiapan logistik dan pengamanan TPS berjalan sesuai jadwal.",
                                        "Tidak ada perkembangan sosial politik yang menonjol.",
                                        "Pemantauan permasalahan terbuka dilanjutkan bersama Forkopimda.",
                                        "Tidak ada.")));
                as(reviewer, () -> reports.accept(sent.id(), sent.version()));
            }
        }
    }

    boolean loaded() {
        return !media.latestPublished().isEmpty() || !journal.wallTicker(1).isEmpty();
    }

    void load(Map<String, PoskoTile> posts) {
        write(
                "petugas.jakut",
                posts.get("JAKUT"),
                JournalCategory.CUACA,
                "Hujan deras sejak 13.00; genangan 20 cm di sekitar TPS 07 Sunter Agung, pompa diminta.");
        write(
                "petugas.jakpus",
                posts.get("JAKPUS"),
                JournalCategory.KUNJUNGAN,
                "Wali Kota meninjau posko dan gudang logistik kecamatan Gambir.");
        write(
                "petugas.jaksel",
                posts.get("JAKSEL"),
                JournalCategory.KAMTIBMAS,
                "Massa sekitar 50 orang di depan kantor KPU kota; aparat kepolisian berjaga.");
        write(
                "petugas.kepseribu",
                posts.get("KEPSERIBU"),
                JournalCategory.LOGISTIK,
                "Kapal logistik tertunda gelombang tinggi, berangkat ulang pukul 16.00.");
        write(
                "petugas.balaikota",
                posts.get("BALAIKOTA"),
                JournalCategory.KOMUNIKASI,
                "Telekonferensi dengan enam posko wilayah, semua terhubung.");
        StatementInfo draft = as(
                "ketua.jakut",
                () -> media.create(new StatementForm(
                        "Pemungutan suara di Jakarta Utara tetap berjalan meski hujan",
                        "Genangan di sekitar beberapa TPS di Sunter Agung sedang ditangani. Pemilih diimbau tetap datang; "
                                + "TPS yang terdampak dipindahkan ke lokasi terdekat yang kering dengan pengumuman di tempat.",
                        List.of())));
        StatementInfo submitted = as("ketua.jakut", () -> media.submit(draft.id(), draft.version()));
        as("bakesbangpol", () -> media.publish(submitted.id(), submitted.version()));
    }

    private void write(String username, PoskoTile post, JournalCategory category, String text) {
        as(username, () -> journal.write(post.id(), new JournalForm(category, text, null, null)));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        Actor actor = ((DeskUser) users.loadUserByUsername(username)).actor();
        return CurrentActor.as(actor, work);
    }
}
