package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue categories per desk (issue 18, docs/desks.md): every desk gets its own copy of the shared
 * set, each issue (and its history) is pointed at its own desk's category of the same code, and
 * the shared rows go. Codes are then unique per desk, and the database refuses an issue of one desk
 * filed under another desk's category. In Java only because the unique constraint on the code was
 * named by the database (V7), differently on H2 and PostgreSQL: it is looked up by its column.
 */
public class V29__Issue_categories_per_desk extends BaseJavaMigration {

    private static final String SAME_CODE_IN_ROWS_DESK =
            "(select n.id from issue_category o join issue_category n on n.code = o.code "
                    + "where o.id = %1$s.category_id and n.desk_id = %1$s.desk_id)";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> uniqueCode = uniqueConstraintsOnCode(connection);
        if (uniqueCode.isEmpty()) {
            throw new SQLException("V29: the unique constraint on issue_category.code was not found");
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table issue_category add column desk_id bigint");
            for (String name : uniqueCode) {
                sql.execute("alter table issue_category drop constraint \"" + name + "\"");
            }
            sql.execute("insert into issue_category (code, name, sort_order, active, version, desk_id) "
                    + "select c.code, c.name, c.sort_order, c.active, 0, d.id "
                    + "from issue_category c cross join desk d where c.desk_id is null");
            sql.execute("update issue set category_id = coalesce(" + SAME_CODE_IN_ROWS_DESK.formatted("issue")
                    + ", category_id)");
            sql.execute("update issue_aud set category_id = coalesce("
                    + SAME_CODE_IN_ROWS_DESK.formatted("issue_aud") + ", category_id) "
                    + "where category_id is not null and desk_id is not null");
            // A history row left on a shared category (no desk) keeps its number; nothing refers to it.
            sql.execute("delete from issue_category where desk_id is null");
            sql.execute("alter table issue_category alter column desk_id set not null");
            sql.execute("alter table issue_category add constraint issue_category_desk_fk "
                    + "foreign key (desk_id) references desk (id)");
            sql.execute("alter table issue_category add constraint issue_category_code_uq unique (desk_id, code)");
            sql.execute("alter table issue_category add constraint issue_category_desk_id_uq unique (desk_id, id)");
            sql.execute("alter table issue add constraint issue_category_same_desk_fk "
                    + "foreign key (desk_id, category_id) references issue_category (desk_id, id)");
        }
    }

    private static List<String> uniqueConstraintsOnCode(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement sql = connection.createStatement();
                ResultSet found = sql.executeQuery("select tc.constraint_name "
                        + "from information_schema.table_constraints tc "
                        + "join information_schema.key_column_usage k "
                        + "on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema "
                        + "where lower(tc.table_name) = 'issue_category' and tc.constraint_type = 'UNIQUE' "
                        + "and lower(k.column_name) = 'code' and tc.table_schema = current_schema")) {
            while (found.next()) {
                names.add(found.getString(1));
            }
        }
        return names;
    }
}
