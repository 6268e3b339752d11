package id.go.jakarta.deskpilkada.election.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import id.go.jakarta.deskpilkada.election.ElectionKind;
import id.go.jakarta.deskpilkada.wilayah.WilayahArea;
import id.go.jakarta.deskpilkada.wilayah.WilayahKind;
import id.go.jakarta.deskpilkada.wilayah.WilayahService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The regions an election of a kind may cover, searchable as one types: the 38 provinces for a
 * governor, the kabupaten (or the kota) of all Indonesia with their province for a bupati (walikota).
 */
final class RegionChoices {

    private RegionChoices() {}

    static void offer(ComboBox<WilayahArea> box, WilayahService wilayah, @Nullable ElectionKind kind) {
        List<WilayahArea> provinces = wilayah.provinces();
        Map<String, String> provinceNames =
                provinces.stream().collect(Collectors.toMap(WilayahArea::code, WilayahArea::name));
        List<WilayahArea> items;
        if (kind == null || kind == ElectionKind.GUBERNUR) {
            items = provinces;
        } else {
            WilayahKind wanted = kind == ElectionKind.BUPATI ? WilayahKind.KABUPATEN : WilayahKind.KOTA;
            items = new ArrayList<>();
            for (WilayahArea p : provinces) {
                wilayah.kabKota(p.code()).stream()
                        .filter(a -> a.kind() == wanted)
                        .forEach(items::add);
            }
        }
        WilayahArea current = box.getValue();
        box.setItems(
                (item, filter) -> label(item, provinceNames)
                        .toLowerCase(Locale.ROOT)
                        .contains(filter.strip().toLowerCase(Locale.ROOT)),
                items);
        box.setItemLabelGenerator(a -> label(a, provinceNames));
        box.setValue(current != null && items.contains(current) ? current : null);
    }

    private static String label(WilayahArea area, Map<String, String> provinceNames) {
        String province = area.parentCode() == null ? null : provinceNames.get(area.parentCode());
        return province == null ? area.name() + " (" + area.code() + ")" : area.name() + " · " + province;
    }
}
