package id.go.jakarta.deskpilkada.posko.ui;

import com.vaadin.flow.component.select.Select;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import id.go.jakarta.deskpilkada.posko.PoskoTile;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The post a screen works on: every post for leadership and admins, only his own for a chief or
 * an officer (then hidden, as there is no choice). Starts on the first post in display order.
 * Other features' views use it: the module's one shared UI part.
 */
@NamedInterface("post-select")
public class PostSelect extends Select<PoskoTile> {

    private final List<PoskoTile> posts;

    public PostSelect(PoskoService posko, Actor actor) {
        posts = posko.tiles().stream()
                .filter(p -> actor.poskoId() == null || actor.belongsTo(p.id()))
                .toList();
        setLabel(getTranslation("accounts.posko"));
        setItems(posts);
        setItemLabelGenerator(PoskoTile::name);
        setValue(posts.getFirst());
        setVisible(posts.size() > 1);
    }

    /** The posts offered, in display order. */
    public List<PoskoTile> posts() {
        return posts;
    }
}
