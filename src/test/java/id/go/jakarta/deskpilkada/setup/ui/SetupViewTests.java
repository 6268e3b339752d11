package id.go.jakarta.deskpilkada.setup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import id.go.jakarta.deskpilkada.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupViewTests extends KaribuTest {

    private static List<String> steps(SetupView view, String state) {
        return view.steps
                .getChildren()
                .filter(c -> c.getClassNames().contains(state))
                .map(c -> c.getElement().getAttribute("data-step"))
                .toList();
    }

    @Test
    void the_demo_desk_is_usable_and_the_checklist_names_what_is_left_for_production() {
        login("admin");
        UI.getCurrent().navigate("admin/persiapan");
        SetupView view = _get(SetupView.class);

        assertThat(steps(view, "setup-done")).contains("election", "stages", "posts", "accounts", "shifts");
        assertThat(steps(view, "setup-todo")).contains("production");
        ListItem production = view.steps
                .getChildren()
                .map(ListItem.class::cast)
                .filter(c -> "production".equals(c.getElement().getAttribute("data-step")))
                .findFirst()
                .orElseThrow();
        assertThat(production.getElement().getTextRecursively()).contains("Data demo menyala");
        assertThat(view.summary.getText()).matches("\\d dari 7 langkah selesai\\..*");
    }

    @Test
    void an_admin_opening_a_usable_desk_lands_on_the_overview_not_the_checklist() {
        login("admin");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveRouterTargetsChain()
                        .getFirst()
                        .getClass()
                        .getSimpleName())
                .isEqualTo("OverviewView");
    }
}
