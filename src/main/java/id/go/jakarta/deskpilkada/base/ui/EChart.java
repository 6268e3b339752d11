package id.go.jakarta.deskpilkada.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart. Options are plain Java maps/lists/records turned into JSON by Jackson,
 * so text from users is always escaped; never build option JSON by concatenating strings.
 */
@Tag("desk-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./desk-echart.js")
public class EChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public EChart() {
        setHeight("320px");
        setWidthFull();
    }

    /** Replaces the chart's option (an ECharts option object as maps, lists and records). */
    public void setOption(Object option) {
        setOptionJson(JSON.writeValueAsString(option));
    }

    /** Replaces the option with JSON that was already serialized (e.g. shared by many screens). */
    public void setOptionJson(String json) {
        getElement().setProperty("option", json);
    }

    public String getOptionJson() {
        return getElement().getProperty("option", "");
    }
}
