package id.go.jakarta.deskpilkada.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.audit.AuditService;
import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.i18n.Messages;
import id.go.jakarta.deskpilkada.base.table.ImportResult;
import id.go.jakarta.deskpilkada.base.table.TableFormat;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import id.go.jakarta.deskpilkada.staff.internal.Nip;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units and officers, and who may see names. Tests that change officers run in a transaction that
 * is rolled back, so the demo roster the other tests count stays as it is.
 */
@RecordApplicationEvents
public abstract class StaffServiceContract {

    private static final String NEW_NIP = "198001012005011777";

    @Autowired
    protected StaffService staff;

    @Autowired
    protected PoskoService posko;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected Messages messages;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected UnitService unitSetup;

    @Autowired
    protected AuditService audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void fifty_four_officers_are_on_duty_every_day_twelve_at_balai_kota_and_seven_per_wilayah() {
        Map<Long, Long> counts = staff.dailyOfficerCounts();
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(54);
        for (PoskoTile post : posko.tiles()) {
            assertThat(counts.get(post.id()))
                    .as(post.code())
                    .isEqualTo(post.code().equals("BALAIKOTA") ? 12L : 7L);
        }
    }

    @Test
    void every_demo_officer_has_a_valid_nip_and_each_post_has_reserves() {
        SignIn.as(context, "sekda");
        for (PoskoTile post : posko.tiles()) {
            List<OfficerInfo> officers = staff.officersOf(post.id());
            assertThat(officers)
                    .allSatisfy(o -> assertThat(Nip.problem(o.nip())).isEmpty());
            assertThat(officers).filteredOn(OfficerInfo::reserve).hasSize(2);
            assertThat(officers)
                    .filteredOn(o -> o.postRole() == PostRole.KETUA && !o.reserve())
                    .hasSize(1);
        }
    }

    @Test
    void a_chief_sees_the_names_of_his_own_post_only() {
        SignIn.as(context, "ketua.jakpus");
        PoskoTile own = byCode("JAKPUS");
        // Officers other tests made and switched off again are not the demo's nine.
        assertThat(staff.officersOf(own.id())).filteredOn(OfficerInfo::active).hasSize(9);
        assertThatThrownBy(() -> staff.officersOf(byCode("JAKUT").id()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
    }

    @Test
    void liaisons_and_officers_do_not_get_the_officer_list() {
        for (String username : List.of("polda", "bakesbangpol", "petugas.jakpus")) {
            SignIn.as(context, username);
            assertThatThrownBy(() -> staff.officersOf(byCode("JAKPUS").id())).isInstanceOf(DeskException.class);
        }
    }

    @Test
    void a_batch_with_one_bad_nip_registers_nobody() {
        SignIn.as(context, "admin");
        long unit = staff.unitByCode("DUKCAPIL").orElseThrow().id();
        long post = byCode("JAKSEL").id();
        int before = staff.officersOf(post).size();
        List<NewOfficer> batch = List.of(
                new NewOfficer("198001012005011777", "Rahmat Hidayat", unit, PostRole.OPERATOR, null, post, true),
                new NewOfficer("19800101200501177", "Dewi Lestari", unit, PostRole.OPERATOR, null, post, true));
        assertThatThrownBy(() -> staff.register(batch))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("nip.format"));
        assertThat(staff.officersOf(post)).hasSize(before);
    }

    @Test
    void the_units_are_the_skpd_and_the_forkopimda_agencies() {
        assertThat(staff.units())
                .extracting(UnitInfo::code)
                .contains("KOMINFOMAS", "DUKCAPIL", "BAKESBANGPOL", "POLDA", "KODAM", "KEJATI");
        // Other tests of the same context may add agencies and retire them (never delete them).
        assertThat(staff.units())
                .filteredOn(u -> u.kind() == UnitKind.FORKOPIMDA && u.active())
                .hasSize(3);
    }

    @Test
    @Transactional
    void an_admin_registers_an_officer_with_nip_and_phone_normalised_and_the_post_is_told() {
        SignIn.as(context, "admin");
        long post = byCode("JAKSEL").id();
        OfficerInfo created = staff.create(new OfficerForm(
                "19800101 200501 1 777",
                "  Rahmat   Hidayat ",
                unit("DUKCAPIL"),
                PostRole.OPERATOR,
                "0812-3456 7890",
                post,
                false));

        assertThat(created.nip()).isEqualTo(NEW_NIP);
        assertThat(created.fullName()).isEqualTo("Rahmat Hidayat");
        assertThat(created.phone()).isEqualTo("081234567890");
        assertThat(created.active()).isTrue();
        assertThat(staff.officer(created.id())).isEqualTo(created);
        assertThat(staff.officersOf(post)).contains(created);
        assertThat(events.stream(OfficersChanged.class)).containsExactly(new OfficersChanged(List.of(post)));
    }

    @Test
    @Transactional
    void a_stale_version_is_refused_with_a_clear_message_and_the_newer_change_is_kept() {
        SignIn.as(context, "admin");
        long post = byCode("JAKSEL").id();
        OfficerInfo created = staff.create(form("Dewi Lestari", PostRole.OPERATOR, "DUKCAPIL", post));
        OfficerInfo first = staff.update(
                created.id(), created.version(), form("Dewi Lestari Putri", PostRole.OPERATOR, "DUKCAPIL", post));
        assertThat(first.version()).isGreaterThan(created.version());

        assertThatThrownBy(() ->
                        staff.update(created.id(), created.version(), form("Dewi L.", PostRole.STAF, "DUKCAPIL", post)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(messages.get(e.messageKey(), e.args()))
                            .isEqualTo("Data petugas Dewi Lestari Putri baru saja diubah orang lain. "
                                    + "Muat ulang, lalu ulangi perubahan Anda.");
                });
        assertThatThrownBy(() -> staff.setActive(created.id(), created.version(), false))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("officers.stale"));
        assertThat(staff.officer(created.id())).isEqualTo(first);
    }

    @Test
    @Transactional
    void a_deactivated_officer_is_kept_but_no_longer_counted_on_daily_duty() {
        SignIn.as(context, "ketua.jaktim");
        long post = byCode("JAKTIM").id();
        long daily = staff.dailyOfficerCounts().get(post);
        OfficerInfo created = staff.create(form("Bayu Saputra", PostRole.STAF, "BIRO_UMUM", post));
        assertThat(staff.dailyOfficerCounts().get(post)).isEqualTo(daily + 1);

        OfficerInfo inactive = staff.setActive(created.id(), created.version(), false);
        assertThat(inactive.active()).isFalse();
        assertThat(staff.dailyOfficerCounts().get(post)).isEqualTo(daily);
        assertThat(staff.officersOf(post)).contains(inactive);

        assertThat(staff.setActive(inactive.id(), inactive.version(), true).active())
                .isTrue();
        assertThat(staff.dailyOfficerCounts().get(post)).isEqualTo(daily + 1);
    }

    @Test
    @Transactional
    void a_liaison_comes_from_a_forkopimda_agency_and_a_technician_from_kominfomas() {
        SignIn.as(context, "admin");
        long post = byCode("JAKBAR").id();
        assertThatThrownBy(() -> staff.create(form("Agus Santoso", PostRole.PENGHUBUNG_FORKOPIMDA, "DUKCAPIL", post)))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.get(e.messageKey(), e.args()))
                                .isEqualTo("Peran Penghubung Forkopimda hanya untuk petugas dari instansi Forkopimda "
                                        + "(Dukcapil bukan unsur Forkopimda)."));
        assertThatThrownBy(() -> staff.create(form("Agus Santoso", PostRole.TEKNISI_KOMINFOMAS, "POLDA", post)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("officers.role.kominfomasOnly"));

        assertThat(staff.create(form("Agus Santoso", PostRole.PENGHUBUNG_FORKOPIMDA, "POLDA", post))
                        .postRole())
                .isEqualTo(PostRole.PENGHUBUNG_FORKOPIMDA);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12345", "021-5551234", "+65 8123 4567", "0812", "08123456789012345", "0812-abc-567"})
    @Transactional
    void a_phone_that_is_not_an_indonesian_mobile_number_is_refused(String phone) {
        SignIn.as(context, "admin");
        long post = byCode("JAKBAR").id();
        int before = staff.officersOf(post).size();
        assertThatThrownBy(() -> staff.create(
                        new OfficerForm(NEW_NIP, "Fitri Rahayu", unit("BIRO_UMUM"), PostRole.STAF, phone, post, false)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.INVALID);
                    assertThat(messages.get(e.messageKey(), e.args()))
                            .startsWith("Nomor telepon " + phone + " tidak sah");
                });
        assertThat(staff.officersOf(post)).hasSize(before);
    }

    @Test
    @Transactional
    void an_international_mobile_number_is_kept_without_separators_and_no_phone_is_fine() {
        SignIn.as(context, "admin");
        long post = byCode("JAKBAR").id();
        assertThat(staff.create(new OfficerForm(
                                NEW_NIP,
                                "Fitri Rahayu",
                                unit("BIRO_UMUM"),
                                PostRole.STAF,
                                "+62 812-3456-789",
                                post,
                                false))
                        .phone())
                .isEqualTo("+628123456789");
        assertThat(staff.create(new OfficerForm(
                                "198001012005012778", "Sri Utami", unit("BIRO_UMUM"), PostRole.STAF, "  ", post, false))
                        .phone())
                .isNull();
    }

    @Test
    @Transactional
    void a_registered_nip_and_a_bad_name_are_refused() {
        SignIn.as(context, "admin");
        long post = byCode("JAKUT").id();
        String taken = staff.officersOf(post).getFirst().nip();
        assertThatThrownBy(() -> staff.create(
                        new OfficerForm(taken, "Budi Wijaya", unit("DUKCAPIL"), PostRole.STAF, null, post, false)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("nip.taken"));
        assertThatThrownBy(() -> staff.create(new OfficerForm(
                        NEW_NIP, "=HYPERLINK(\"x\")", unit("DUKCAPIL"), PostRole.STAF, null, post, false)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("officers.name.start"));
        assertThatThrownBy(() -> staff.create(
                        new OfficerForm(NEW_NIP, "A".repeat(121), unit("DUKCAPIL"), PostRole.STAF, null, post, false)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.name.invalid"));
    }

    @Test
    @Transactional
    void a_chief_manages_the_officers_of_his_own_post_only_and_leadership_only_reads() {
        SignIn.as(context, "ketua.jakpus");
        long own = byCode("JAKPUS").id();
        long other = byCode("JAKUT").id();
        assertThatThrownBy(() -> staff.create(form("Hendra Lubis", PostRole.STAF, "BIRO_UMUM", other)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN);
                    assertThat(e.messageKey()).isEqualTo("officers.post.forbidden");
                });
        OfficerInfo mine = staff.officersOf(own).getFirst();
        OfficerForm moved = new OfficerForm(
                mine.nip(), mine.fullName(), mine.unitId(), mine.postRole(), mine.phone(), other, mine.reserve());
        assertThatThrownBy(() -> staff.update(mine.id(), mine.version(), moved))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(staff.visibleOfficers())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.homePoskoId()).isEqualTo(own));

        SignIn.as(context, "admin");
        OfficerInfo theirs = staff.officersOf(other).getFirst();
        SignIn.as(context, "ketua.jakpus");
        assertThatThrownBy(() -> staff.setActive(theirs.id(), theirs.version(), false))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> staff.officer(theirs.id())).isInstanceOf(DeskException.class);

        SignIn.as(context, "sekda");
        assertThat(staff.visibleOfficers()).extracting(OfficerInfo::homePoskoId).contains(own, other);
        assertThatThrownBy(() -> staff.create(form("Hendra Lubis", PostRole.STAF, "BIRO_UMUM", own)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("staff.forbidden"));
        assertThat(events.stream(OfficersChanged.class)).isEmpty();
    }

    // ---- units on the setup console

    @Test
    @Transactional
    void an_admin_adds_a_unit_at_the_end_of_the_list_audited_and_announced() {
        SignIn.as(context, "admin");
        int last = staff.units().getLast().sortOrder();

        UnitInfo added =
                unitSetup.create(" dinas-kesehatan ", new UnitForm("  Dinas   Kesehatan ", "Dinkes", UnitKind.SKPD));

        assertThat(added.code()).isEqualTo("DINAS_KESEHATAN");
        assertThat(added.name()).isEqualTo("Dinas Kesehatan");
        assertThat(added.sortOrder()).isEqualTo(last + 1);
        assertThat(added.active()).isTrue();
        assertThat(staff.units().getLast()).isEqualTo(added);
        assertThat(staff.unitByCode("DINAS_KESEHATAN")).contains(added);
        assertThat(audit.of("unit", "DINAS_KESEHATAN")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("created");
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.after()).contains("singkatan: Dinkes", "jenis: SKPD");
        });
        assertThat(events.stream(UnitsChanged.class)).containsExactly(new UnitsChanged(List.of(added.id())));
    }

    @Test
    @Transactional
    void a_unit_renamed_against_a_stale_version_is_refused_and_the_newer_name_is_kept() {
        SignIn.as(context, "admin");
        UnitInfo added = unitSetup.create("DINKES", new UnitForm("Dinas Kesehatan", "Dinkes", UnitKind.SKPD));
        UnitInfo renamed = unitSetup.update(
                added.id(), added.version(), new UnitForm("Dinas Kesehatan Provinsi", "Dinkes Prov", UnitKind.SKPD));
        assertThat(renamed.version()).isGreaterThan(added.version());

        assertThatThrownBy(() -> unitSetup.update(
                        added.id(), added.version(), new UnitForm("Dinas Sehat", "Dinsehat", UnitKind.SKPD)))
                .isInstanceOfSatisfying(DeskException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DeskException.Kind.CONFLICT);
                    assertThat(messages.get(e.messageKey(), e.args()))
                            .isEqualTo("Instansi Dinkes Prov baru saja diubah orang lain. "
                                    + "Perubahan Anda tidak disimpan: muat ulang dan periksa lagi.");
                });
        assertThatThrownBy(() -> unitSetup.retire(added.id(), added.version()))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("units.changed"));
        assertThat(staff.unit(added.id())).contains(renamed);
        assertThat(audit.of("unit", "DINKES"))
                .extracting(id.go.jakarta.deskpilkada.audit.AuditEntryInfo::action)
                .containsExactly("updated", "created");
    }

    @Test
    @Transactional
    void a_taken_code_or_short_name_and_a_bad_code_are_refused() {
        SignIn.as(context, "admin");
        UnitForm form = new UnitForm("Dinas Kesehatan", "Dinkes", UnitKind.SKPD);
        assertThatThrownBy(() -> unitSetup.create("kominfomas", form))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("units.code.taken"));
        assertThatThrownBy(() -> unitSetup.create("DINKES", new UnitForm("Dinas X", " DUKCAPIL ", UnitKind.SKPD)))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.get(e.messageKey(), e.args()))
                                .isEqualTo("Singkatan \"DUKCAPIL\" sudah dipakai instansi DUKCAPIL."));
        assertThatThrownBy(() -> unitSetup.create("DIN/KES", form))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("units.code.invalid"));
        assertThatThrownBy(() -> unitSetup.create("DINKES", new UnitForm("=cmd()", "Dinkes", UnitKind.SKPD)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("units.name.start"));
        SignIn.as(context, "sekda");
        assertThatThrownBy(() -> unitSetup.create("DINKES", form))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.kind()).isEqualTo(DeskException.Kind.FORBIDDEN));
        assertThat(staff.unitByCode("DINKES")).isEmpty();
    }

    @Test
    @Transactional
    void a_unit_moves_up_and_down_and_stays_at_either_end() {
        SignIn.as(context, "admin");
        UnitInfo first = staff.units().getFirst();
        UnitInfo second = staff.units().get(1);

        UnitInfo moved = unitSetup.move(second.id(), second.version(), -1);

        assertThat(staff.units().subList(0, 2)).extracting(UnitInfo::code).containsExactly(second.code(), first.code());
        assertThat(moved.sortOrder()).isEqualTo(1);
        assertThat(unitSetup.move(moved.id(), moved.version(), -1)).isEqualTo(moved);
        assertThat(audit.of("unit", second.code())).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("reordered");
            assertThat(entry.before()).isEqualTo("urutan: 2");
            assertThat(entry.after()).isEqualTo("urutan: 1");
        });
        UnitInfo back = staff.unit(moved.id()).orElseThrow();
        unitSetup.move(back.id(), back.version(), 1);
        assertThat(staff.units().subList(0, 2)).extracting(UnitInfo::code).containsExactly(first.code(), second.code());
    }

    @Test
    @Transactional
    void a_retired_unit_stays_on_its_officers_but_no_new_officer_gets_it_until_it_is_restored() {
        SignIn.as(context, "admin");
        long post = byCode("JAKSEL").id();
        UnitInfo unit = unitSetup.create("DINKES", new UnitForm("Dinas Kesehatan", "Dinkes", UnitKind.SKPD));
        OfficerInfo officer = staff.create(form("Rina Wati", PostRole.STAF, "DINKES", post));

        UnitInfo retired = unitSetup.retire(unit.id(), unit.version());

        assertThat(retired.active()).isFalse();
        assertThat(staff.unit(unit.id())).contains(retired);
        OfficerInfo edited =
                staff.update(officer.id(), officer.version(), form("Rina Wati Lestari", PostRole.STAF, "DINKES", post));
        assertThat(edited.unitId()).isEqualTo(unit.id());
        assertThatThrownBy(() -> staff.create(new OfficerForm(
                        "198001012005012779", "Sari Dewi", unit.id(), PostRole.STAF, null, post, false)))
                .isInstanceOfSatisfying(
                        DeskException.class,
                        e -> assertThat(messages.get(e.messageKey(), e.args()))
                                .isEqualTo("Instansi Dinkes sudah dipensiunkan: pilih instansi lain."));

        UnitInfo restored = unitSetup.restore(retired.id(), retired.version());
        assertThat(restored.active()).isTrue();
        assertThat(staff.create(new OfficerForm(
                                "198001012005012779", "Sari Dewi", unit.id(), PostRole.STAF, null, post, false))
                        .unitId())
                .isEqualTo(unit.id());
        assertThat(audit.of("unit", "DINKES"))
                .extracting(id.go.jakarta.deskpilkada.audit.AuditEntryInfo::action)
                .containsExactly("restored", "retired", "created");
    }

    @Test
    @Transactional
    void a_forkopimda_agency_with_liaison_officers_stays_forkopimda() {
        SignIn.as(context, "admin");
        UnitInfo agency = unitSetup.create(
                "BNNP", new UnitForm("Badan Narkotika Nasional Provinsi", "BNNP", UnitKind.FORKOPIMDA));
        staff.create(form(
                "Agus Santoso",
                PostRole.PENGHUBUNG_FORKOPIMDA,
                "BNNP",
                byCode("JAKBAR").id()));

        assertThatThrownBy(() -> unitSetup.update(
                        agency.id(), agency.version(), new UnitForm(agency.name(), agency.shortName(), UnitKind.SKPD)))
                .isInstanceOfSatisfying(
                        DeskException.class, e -> assertThat(e.messageKey()).isEqualTo("units.kind.liaisons"));
        assertThat(staff.unit(agency.id())).contains(agency);
    }

    @Test
    @Transactional
    void a_unit_file_adds_and_updates_by_code_leaves_the_others_and_reads_its_own_export_back_unchanged() {
        SignIn.as(context, "admin");
        List<UnitInfo> before = staff.units();
        byte[] exported = unitSetup.exportUnits(TableFormat.XLSX);
        ImportResult same = unitSetup.importUnits(new ByteArrayInputStream(exported));
        assertThat(same).isEqualTo(ImportResult.applied(0, 0, before.size()));
        assertThat(staff.units()).isEqualTo(before);

        String csv = "kode;nama;singkatan;jenis;urutan;aktif\n"
                + "dinkes;Dinas Kesehatan;Dinkes;skpd;;\n"
                + "BAPPEDA;Badan Perencanaan Pembangunan Daerah;Bappeda;SKPD;;tidak\n"
                + "KODAM;Komando Daerah Militer Jayakarta;Kodam Jaya;FORKOPIMDA;;\n";
        ImportResult result = unitSetup.importUnits(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result).isEqualTo(ImportResult.applied(1, 1, 1));
        UnitInfo added = staff.unitByCode("DINKES").orElseThrow();
        assertThat(added.sortOrder()).isEqualTo(before.getLast().sortOrder() + 1);
        assertThat(added.active()).isTrue();
        assertThat(staff.unitByCode("BAPPEDA").orElseThrow().active()).isFalse();
        assertThat(staff.unitByCode("DUKCAPIL"))
                .isEqualTo(
                        before.stream().filter(u -> u.code().equals("DUKCAPIL")).findFirst());
        assertThat(audit.of("unit", "BAPPEDA")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("imported");
            assertThat(entry.after()).isEqualTo("aktif: tidak");
        });
        assertThat(events.stream(UnitsChanged.class).flatMap(e -> e.unitIds().stream()))
                .containsExactlyInAnyOrder(
                        added.id(), staff.unitByCode("BAPPEDA").orElseThrow().id());
    }

    @Test
    @Transactional
    void a_unit_file_with_bad_rows_names_each_by_line_and_changes_nothing() {
        SignIn.as(context, "admin");
        List<UnitInfo> before = staff.units();
        String csv = "kode;nama;singkatan;jenis;urutan;aktif\n"
                + "DINKES;Dinas Kesehatan;Dinkes;SKPD;;\n"
                + "DINSOS;Dinas Sosial;Dinsos;KEMENTERIAN;;\n"
                + "DINKES;Dinas Kesehatan Lagi;Dinkes 2;SKPD;;\n"
                + "DISHUB;Dinas Perhubungan;Dukcapil;SKPD;;\n"
                + "DISPORA;Dinas Pemuda dan Olahraga;Dispora;SKPD;pertama;\n"
                + "POLDA;Kepolisian Daerah Metro Jaya;Polda Metro Jaya;FORKOPIMDA;;mungkin\n";

        ImportResult result = unitSetup.importUnits(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.applied()).isFalse();
        assertThat(result.badRows()).extracting(ImportResult.BadRow::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(result.badRows())
                .extracting(r -> messages.get(r.messageKey(), r.argArray()))
                .containsExactly(
                        "Kolom jenis harus berisi SKPD atau FORKOPIMDA, bukan \"KEMENTERIAN\".",
                        "Kode DINKES sudah muncul di baris 2.",
                        "Singkatan \"Dukcapil\" sudah dipakai instansi DUKCAPIL.",
                        "Kolom urutan harus berisi bilangan bulat 1 sampai 9999, bukan \"pertama\".",
                        "Kolom aktif harus berisi ya atau tidak, bukan \"mungkin\".");
        assertThat(staff.units()).isEqualTo(before);
        assertThat(events.stream(UnitsChanged.class)).isEmpty();
    }

    private OfficerForm form(String name, PostRole role, String unitCode, long post) {
        return new OfficerForm(NEW_NIP, name, unit(unitCode), role, null, post, false);
    }

    private long unit(String code) {
        return staff.unitByCode(code).orElseThrow().id();
    }

    private PoskoTile byCode(String code) {
        return posko.tiles().stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
