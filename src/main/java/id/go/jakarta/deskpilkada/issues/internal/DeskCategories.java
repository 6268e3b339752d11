package id.go.jakarta.deskpilkada.issues.internal;

import id.go.jakarta.deskpilkada.desk.DesksOpened;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A desk opens with its parent desk's issue categories (a province with the national desk's set, a
 * kabupaten/kota with its province's), in the transaction that opens it, so that no desk is ever
 * without categories. Its ADMIN changes them from then on for his desk alone.
 */
@Component
class DeskCategories {

    private final JdbcClient jdbc;

    DeskCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The opened desks come parents first: a new province's set is there before its kabupaten/kota's. */
    @EventListener
    void desksOpened(DesksOpened opened) {
        for (long desk : opened.deskIds()) {
            jdbc.sql("""
                            insert into issue_category (code, name, sort_order, active, version, desk_id)
                            select c.code, c.name, c.sort_order, c.active, 0, d.id
                            from desk d join issue_category c on c.desk_id = d.parent_id
                            where d.id = :desk
                              and not exists (select 1 from issue_category x where x.desk_id = d.id)
                            """).param("desk", desk).update();
        }
    }
}
