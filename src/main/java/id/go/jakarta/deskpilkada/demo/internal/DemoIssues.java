package id.go.jakarta.deskpilkada.demo.internal;

import id.go.jakarta.deskpilkada.issues.CategoryInfo;
import id.go.jakarta.deskpilkada.issues.IssueFilter;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Rejection;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.staff.StaffService;
import id.go.jakarta.deskpilkada.staff.UnitInfo;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A dozen election problems at real kelurahan, in every state of the workflow: new, verified,
 * referred to Polda (one acknowledged, one not, which turns overdue 15 minutes after start-up),
 * referred to SKPD units, escalated from Kepulauan Seribu, resolved, rejected as a duplicate.
 * Filed through the service as the system actor, with the reporters named.
 */
final class DemoIssues {

    private final IssueService issues;
    private final Map<String, Long> categories;
    private final Map<String, Long> units;

    DemoIssues(IssueService issues, StaffService staff) {
        this.issues = issues;
        this.categories = issues.categories().stream().collect(Collectors.toMap(CategoryInfo::code, CategoryInfo::id));
        this.units = staff.units().stream().collect(Collectors.toMap(UnitInfo::code, UnitInfo::id));
    }

    boolean loaded() {
        return issues.count(IssueFilter.ALL) > 0;
    }

    void load() {
        IssueInfo a = file(
                "Spanduk paslon dipasang di pagar sekolah",
                "KAMPANYE_APK",
                Severity.RENDAH,
                "31.71.07.1006",
                "Jl. Kebon Kacang Raya",
                IssueSource.PETUGAS_LAPANGAN,
                "Petugas Posko Jakarta Pusat");
        issues.verify(a.id(), a.version());
        IssueInfo b = file(
                "Genangan air setinggi 40 cm di lokasi TPS 12",
                "BENCANA",
                Severity.SEDANG,
                "31.72.01.1003",
                "RW 05 Kapuk Muara",
                IssueSource.HOTLINE,
                "Hotline Jakarta Siaga 112");
        refer(b, "BIRO_UMUM", "Mohon pompa air dan tenda darurat");
        IssueInfo c = file(
                "Dugaan pembagian sembako oleh tim sukses",
                "POLITIK_UANG",
                Severity.TINGGI,
                "31.73.01.1001",
                null,
                IssueSource.MEDIA,
                "Pemantauan media Kominfomas");
        c = refer(c, "POLDA", "Mohon penyelidikan");
        issues.acknowledge(c.id(), "Diterima, Polres Jakarta Barat menindaklanjuti");
        IssueInfo d = file(
                "Massa berkumpul di depan kantor KPU kota",
                "KAMTIBMAS",
                Severity.KRITIS,
                "31.74.05.1001",
                "Jl. Ciputat Raya",
                IssueSource.FORKOPIMDA,
                "Penghubung Polda Metro Jaya");
        refer(d, "POLDA", "Mohon pengamanan segera");
        file(
                "Warga pindahan tidak terdaftar di DPT",
                "DPT",
                Severity.SEDANG,
                "31.75.08.1005",
                null,
                IssueSource.POSKO,
                "Ketua Posko Jakarta Timur");
        IssueInfo f = file(
                "Surat suara tertahan cuaca buruk di dermaga",
                "LOGISTIK",
                Severity.TINGGI,
                "31.01.01.1002",
                "Dermaga Pulau Kelapa",
                IssueSource.POSKO,
                "Ketua Posko Kepulauan Seribu");
        issues.escalate(f.id(), f.version(), "Butuh kapal dari provinsi");
        IssueInfo g = file(
                "Kabar bohong tentang pemindahan TPS beredar di grup percakapan",
                "HOAKS",
                Severity.SEDANG,
                "31.71.01.1001",
                null,
                IssueSource.MEDIA,
                "Pemantauan media Kominfomas");
        refer(g, "KOMINFOMAS", "Mohon klarifikasi resmi");
        IssueInfo h = file(
                "Lurah menghadiri acara kampanye",
                "NETRALITAS_ASN",
                Severity.SEDANG,
                "31.75.07.1001",
                null,
                IssueSource.HOTLINE,
                "Hotline Jakarta Siaga 112");
        h = refer(h, "INSPEKTORAT", "Mohon pemeriksaan");
        h = issues.acknowledge(h.id(), null);
        issues.resolve(h.id(), h.version(), "Lurah diperiksa Inspektorat dan diberi teguran tertulis");
        IssueInfo i = file(
                "Spanduk paslon di pagar sekolah Kebon Kacang",
                "KAMPANYE_APK",
                Severity.RENDAH,
                "31.71.07.1006",
                null,
                IssueSource.HOTLINE,
                "Hotline Jakarta Siaga 112");
        issues.reject(i.id(), i.version(), Rejection.DUPLIKAT, "Sama dengan laporan petugas sebelumnya");
        file(
                "Listrik padam di sekitar TPS 5",
                "BENCANA",
                Severity.TINGGI,
                "31.74.06.1001",
                "Jl. Cilandak KKO",
                IssueSource.PETUGAS_LAPANGAN,
                "Petugas Posko Jakarta Selatan");
        IssueInfo k = file(
                "Intimidasi terhadap saksi di TPS 21",
                "KAMTIBMAS",
                Severity.TINGGI,
                "31.72.02.1006",
                null,
                IssueSource.POSKO,
                "Ketua Posko Jakarta Utara");
        issues.verify(k.id(), k.version());
    }

    private IssueInfo file(
            String title,
            String category,
            Severity severity,
            String kelurahan,
            @Nullable String address,
            IssueSource source,
            String reporter) {
        return issues.file(
                new IssueForm(
                        title,
                        null,
                        categories.get(category),
                        severity,
                        null,
                        null,
                        kelurahan,
                        null,
                        address,
                        source,
                        null),
                reporter);
    }

    private IssueInfo refer(IssueInfo issue, String unit, String note) {
        IssueInfo verified = issues.verify(issue.id(), issue.version());
        return issues.refer(verified.id(), verified.version(), units.get(unit), note);
    }
}
