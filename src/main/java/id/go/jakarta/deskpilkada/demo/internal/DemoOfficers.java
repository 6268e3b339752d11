package id.go.jakarta.deskpilkada.demo.internal;

import id.go.jakarta.deskpilkada.posko.PoskoLevel;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.NewOfficer;
import id.go.jakarta.deskpilkada.staff.PostRole;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo roster of people: 12 daily officers at Balai Kota and 7 at each wilayah post (54 in
 * all), plus two reserves per post, with plausible Indonesian names, units and NIPs. Seeded, so
 * every demo database holds the same people.
 */
class DemoOfficers {

    /** Daily headcount per role at the provincial post (12) and at a wilayah post (7). */
    static final List<Slot> PROVINCIAL = List.of(
            new Slot(PostRole.KETUA, "BIRO_TAPEM", 1),
            new Slot(PostRole.WAKIL_KETUA, "BIRO_TAPEM", 1),
            new Slot(PostRole.OPERATOR, "DUKCAPIL", 1),
            new Slot(PostRole.OPERATOR, "BAPPEDA", 1),
            new Slot(PostRole.OPERATOR, "INSPEKTORAT", 1),
            new Slot(PostRole.TEKNISI_KOMINFOMAS, "KOMINFOMAS", 2),
            new Slot(PostRole.PENGHUBUNG_FORKOPIMDA, "POLDA", 1),
            new Slot(PostRole.PENGHUBUNG_FORKOPIMDA, "KODAM", 1),
            new Slot(PostRole.PENGHUBUNG_FORKOPIMDA, "KEJATI", 1),
            new Slot(PostRole.STAF, "BIRO_UMUM", 1),
            new Slot(PostRole.STAF, "BIRO_KEUANGAN", 1));

    static final List<Slot> WILAYAH = List.of(
            new Slot(PostRole.KETUA, "BIRO_TAPEM", 1),
            new Slot(PostRole.OPERATOR, "DUKCAPIL", 1),
            new Slot(PostRole.OPERATOR, "INSPEKTORAT", 1),
            new Slot(PostRole.TEKNISI_KOMINFOMAS, "KOMINFOMAS", 1),
            new Slot(PostRole.PENGHUBUNG_FORKOPIMDA, "POLDA", 1),
            new Slot(PostRole.PENGHUBUNG_FORKOPIMDA, "KODAM", 1),
            new Slot(PostRole.STAF, "BIRO_UMUM", 1));
    static final List<Slot> RESERVES =
            List.of(new Slot(PostRole.OPERATOR, "BIRO_UMUM", 1), new Slot(PostRole.STAF, "BAKESBANGPOL", 1));

    private static final String[] MEN = {
        "Agus",
        "Budi",
        "Ahmad",
        "Hendra",
        "Yusuf",
        "Bambang",
        "Eko",
        "Wahyu",
        "Joko",
        "Andi",
        "Rizky",
        "Fajar",
        "Hadi",
        "Taufik",
        "Arif",
        "Teguh",
        "Rahmat",
        "Iwan",
        "Dedi",
        "Irfan",
        "Slamet",
        "Bayu",
        "Firman",
        "Heru",
        "Yudi",
        "Rudi",
        "Sutrisno",
        "Ridwan"
    };
    private static final String[] WOMEN = {
        "Siti", "Dewi", "Ratna", "Fitri", "Sri", "Rina", "Dian", "Putri", "Indah", "Lestari", "Maya", "Yanti", "Wulan",
        "Intan", "Nurul", "Ayu", "Rini", "Kartika", "Anisa", "Endang"
    };
    private static final String[] FAMILY = {
        "Santoso",
        "Wijaya",
        "Lubis",
        "Siregar",
        "Nasution",
        "Hidayat",
        "Saputra",
        "Pratama",
        "Kurniawan",
        "Setiawan",
        "Rahayu",
        "Susanto",
        "Hakim",
        "Harahap",
        "Simanjuntak",
        "Gunawan",
        "Permana",
        "Nugroho",
        "Firmansyah",
        "Maulana",
        "Wibowo",
        "Utami",
        "Purnomo",
        "Hasibuan",
        "Sitompul",
        "Anwar",
        "Effendi",
        "Tanjung",
        "Pohan",
        "Rangkuti",
        "Suryadi",
        "Mahendra"
    };

    private final StaffService staff;
    private final Random random = new Random(2017);
    private int serial;

    DemoOfficers(StaffService staff) {
        this.staff = staff;
    }

    List<NewOfficer> forPosts(Map<String, PoskoTile> posts) {
        List<NewOfficer> officers = new ArrayList<>();
        posts.values().stream()
                .sorted(Comparator.comparingInt(PoskoTile::sortOrder))
                .forEach(p -> {
                    for (Slot slot : p.level() == PoskoLevel.PROVINSI ? PROVINCIAL : WILAYAH) {
                        for (int i = 0; i < slot.count(); i++) {
                            officers.add(officer(p, slot, false));
                        }
                    }
                    for (Slot slot : RESERVES) {
                        officers.add(officer(p, slot, true));
                    }
                });
        return officers;
    }

    private NewOfficer officer(PoskoTile post, Slot slot, boolean reserve) {
        boolean woman = random.nextInt(10) < 4;
        String first = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        String name = first + " " + FAMILY[random.nextInt(FAMILY.length)];
        long unitId = staff.unitByCode(slot.unitCode()).orElseThrow().id();
        String phone = "08" + (11 + random.nextInt(3)) + String.format("%08d", random.nextInt(100_000_000));
        return new NewOfficer(nip(woman), name, unitId, slot.role(), phone, post.id(), reserve);
    }

    /** yyyyMMdd birth, yyyyMM appointment (22-30 years later), sex digit, 3-digit serial. */
    private String nip(boolean woman) {
        int year = 1968 + random.nextInt(28);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int appointedYear = year + 22 + random.nextInt(9);
        int appointedMonth = 1 + random.nextInt(12);
        serial++;
        return String.format(
                "%04d%02d%02d%04d%02d%d%03d", year, month, day, appointedYear, appointedMonth, woman ? 2 : 1, serial);
    }

    record Slot(PostRole role, String unitCode, int count) {}
}
