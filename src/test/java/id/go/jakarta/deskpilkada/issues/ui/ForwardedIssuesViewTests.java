package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.account.AccountService;
import id.go.jakarta.deskpilkada.account.NewAccount;
import id.go.jakarta.deskpilkada.base.security.Actor;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.base.security.Role;
import id.go.jakarta.deskpilkada.desk.DeskInfo;
import id.go.jakarta.deskpilkada.desk.DeskService;
import id.go.jakarta.deskpilkada.issues.DeskIssues;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Forwarding across desks on screen: Bogor's leadership forwards an issue from its detail, West
 * Java's leadership finds it in its inbox, reads its timeline and answers there; the answer shows on
 * Bogor's screen; Central Java's leadership opens nothing of it.
 */
class ForwardedIssuesViewTests extends KaribuTest {

    @Autowired
    DeskService desks;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    DeskInfo bogor;
    DeskInfo westJava;
    long issueId;

    @BeforeEach
    void anIssueInBogor() {
        westJava = CurrentActor.asSystem(() -> desks.open("32"));
        bogor = CurrentActor.asSystem(() -> desks.open("32.01"));
        issueId = DeskIssues.insert(jdbc, bogor, "Bentrok pendukung di Cibinong", "TERVERIFIKASI");
    }

    private String leaderOf(DeskInfo desk) {
        String username = "terusan.uji." + UUID.randomUUID().toString().substring(0, 6);
        CurrentActor.as(
                Actor.SYSTEM.inDesk(desk.id()),
                () -> accounts.create(
                        new NewAccount(username, "Pimpinan " + desk.regionName(), Role.PIMPINAN, null, null),
                        "KataSandiPanjang1"));
        return username;
    }

    private IssueDetailView openIssue() {
        UI.getCurrent().navigate("permasalahan/" + issueId);
        return _get(IssueDetailView.class);
    }

    @Test
    void bogor_forwards_west_java_answers_and_bogor_sees_the_answer_on_its_timeline() {
        String bogorLeader = leaderOf(bogor);
        login(bogorLeader);
        IssueDetailView detail = openIssue();
        assertThat(detail.forward.isVisible()).isTrue();
        assertThat(detail.forwarded.isVisible()).isFalse();
        _click(detail.forward);
        ActionDialog dialog = _get(ActionDialog.class);
        _setValue(_get(dialog, TextArea.class), "Massa dari dua kabupaten, perlu Polda");
        _click(dialog.confirm);
        assertThat(detail.forwarded.isVisible()).isTrue();
        assertThat(detail.forwarded.getText()).isEqualTo("Diteruskan ke Provinsi Jawa Barat");
        assertThat(detail.forward.isVisible()).isFalse();
        assertThat(detail.timeline.getElement().getTextRecursively())
                .contains("Diteruskan ke desk provinsi")
                .contains("Provinsi Jawa Barat: Massa dari dua kabupaten, perlu Polda");

        login(leaderOf(westJava));
        UI.getCurrent().navigate("terusan");
        ForwardedIssuesView inbox = _get(ForwardedIssuesView.class);
        Div card = inbox.list
                .getChildren()
                .map(Div.class::cast)
                .filter(c -> c.getElement().getTextRecursively().contains("#" + issueId + " "))
                .findFirst()
                .orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Kabupaten Bogor · diteruskan");
        UI.getCurrent().navigate("terusan/" + card.getElement().getAttribute("data-forward"));
        ForwardedIssuesView one = _get(ForwardedIssuesView.class);
        assertThat(one.heading.getText()).isEqualTo("#" + issueId + " Bentrok pendukung di Cibinong");
        _setValue(one.answer, "Polda mengirim satu kompi Brimob.");
        _click(one.send);
        assertThat(one.timeline.getElement().getTextRecursively())
                .contains("Tanggapan desk provinsi")
                .contains("Polda mengirim satu kompi Brimob.");

        login(bogorLeader);
        assertThat(openIssue().timeline.getElement().getTextRecursively())
                .contains("Pimpinan Jawa Barat · Provinsi Jawa Barat")
                .contains("Polda mengirim satu kompi Brimob.");
    }

    @Test
    void another_provinces_leadership_opens_nothing_of_it() {
        login(leaderOf(bogor));
        IssueDetailView detail = openIssue();
        _click(detail.forward);
        ActionDialog dialog = _get(ActionDialog.class);
        _setValue(_get(dialog, TextArea.class), "Perlu provinsi");
        _click(dialog.confirm);
        long forwardId = jdbc.sql("select id from issue_forward where issue_id = :issue")
                .param("issue", issueId)
                .query(Long.class)
                .single();

        login(leaderOf(CurrentActor.asSystem(() -> desks.open("33"))));
        UI.getCurrent().navigate("terusan/" + forwardId);
        ForwardedIssuesView refused = _get(ForwardedIssuesView.class);
        assertThat(refused.problem.isVisible()).isTrue();
        assertThat(refused.problem.getText())
                .isEqualTo("Permasalahan terusan " + forwardId + " tidak ditemukan di desk ini.");
        assertThat(refused.detail.isVisible()).isFalse();
        UI.getCurrent().navigate("terusan");
        assertThat(_get(ForwardedIssuesView.class).list.getElement().getTextRecursively())
                .doesNotContain("#" + issueId + " ");
    }
}
