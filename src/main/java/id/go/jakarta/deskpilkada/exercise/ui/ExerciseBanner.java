package id.go.jakarta.deskpilkada.exercise.ui;

import com.vaadin.flow.component.html.Div;
import id.go.jakarta.deskpilkada.base.cluster.LiveEventBus;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.ui.LayoutAddOn;
import id.go.jakarta.deskpilkada.base.ui.LiveRefresh;
import id.go.jakarta.deskpilkada.base.ui.MainLayout;
import id.go.jakarta.deskpilkada.election.ElectionActivated;
import id.go.jakarta.deskpilkada.exercise.ExerciseService;
import org.springframework.stereotype.Component;

/**
 * The unmistakable exercise banner across the top of every person's screen while an exercise
 * election is active; it appears and disappears by push when the mode changes (wall screens draw
 * their own).
 */
@Component
class ExerciseBanner implements LayoutAddOn {

    private final ExerciseService exercise;
    private final LiveEventBus bus;

    ExerciseBanner(ExerciseService exercise, LiveEventBus bus) {
        this.exercise = exercise;
        this.bus = bus;
    }

    @Override
    public void attachTo(MainLayout layout, Actor actor) {
        Div banner = new Div();
        banner.addClassName("exercise-banner");
        banner.getElement().setAttribute("role", "status");
        banner.setText(layout.getTranslation("exercise.banner"));
        banner.getStyle()
                .set("background", "repeating-linear-gradient(135deg, #b00020 0 18px, #8a0019 18px 36px)")
                .set("color", "#fff")
                .set("font-weight", "800")
                .set("letter-spacing", "0.08em")
                .set("text-align", "center")
                .set("padding", "0.35em 1em")
                .set("margin", "0 0.75em")
                .set("flex", "1 1 auto")
                .set("border-radius", "4px")
                .set("white-space", "nowrap")
                .set("overflow", "hidden")
                .set("text-overflow", "ellipsis")
                .set("font-size", "var(--lumo-font-size-m, 1rem)");
        banner.setVisible(exercise.exerciseActive());
        layout.addToNavbar(banner);
        // Each node sets its mode, then reloads its views (a resync): the banner follows then.
        LiveRefresh.bind(
                banner, bus, e -> e instanceof ElectionActivated, () -> banner.setVisible(exercise.exerciseActive()));
    }
}
