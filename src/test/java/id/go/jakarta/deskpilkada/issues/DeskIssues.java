package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.desk.DeskInfo;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data: an issue of a desk, with a post of its own, written straight into the database. */
public final class DeskIssues {

    private DeskIssues() {}

    /** A TINGGI issue of that desk with that title and status; its id. */
    public static long insert(JdbcClient jdbc, DeskInfo desk, String title, String status) {
        String code = "TRS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        jdbc.sql("insert into posko (code, name, level, wilayah_code, address, sort_order, alert_level, desk_id) "
                        + "values (:code, 'Posko Uji Terusan', 'WILAYAH', :wilayah, 'Jalan Uji', 99, 'NORMAL', :desk)")
                .param("code", code)
                .param("wilayah", desk.regionCode())
                .param("desk", desk.id())
                .update();
        long post = jdbc.sql("select id from posko where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into issue (title, category_id, severity, severity_rank, status, wilayah_code, source, "
                        + "reporter, posko_id, reported_at, reported_day, updated_at, desk_id) values (:title, "
                        + "(select min(c.id) from issue_category c where c.desk_id = :desk), 'TINGGI', 2, :status, :wilayah, 'POSKO', 'Uji', "
                        + ":post, :now, :day, :now, :desk)")
                .param("title", title)
                .param("status", status)
                .param("wilayah", desk.regionCode())
                .param("post", post)
                .param("now", now)
                .param("day", LocalDate.now())
                .param("desk", desk.id())
                .update();
        return jdbc.sql("select max(id) from issue where posko_id = :post")
                .param("post", post)
                .query(Long.class)
                .single();
    }
}
