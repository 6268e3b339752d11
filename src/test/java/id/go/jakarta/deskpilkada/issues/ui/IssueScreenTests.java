package id.go.jakarta.deskpilkada.issues.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import id.go.jakarta.deskpilkada.KaribuTest;
import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.issues.IssueForm;
import id.go.jakarta.deskpilkada.issues.IssueInfo;
import id.go.jakarta.deskpilkada.issues.IssueService;
import id.go.jakarta.deskpilkada.issues.IssueSource;
import id.go.jakarta.deskpilkada.issues.Severity;
import id.go.jakarta.deskpilkada.staff.StaffService;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the issue screen tests share: issues set up through the service as someone else, notifications as text. */
abstract class IssueScreenTests extends KaribuTest {

    static final String GAMBIR_KEL = "31.71.01.1001";

    @Autowired
    protected IssueService issues;

    @Autowired
    protected StaffService staff;

    /** Does something as another person, then is the signed-in screen user again. */
    protected <T> T as(String username, Supplier<T> work) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(context, username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(viewer);
        }
    }

    protected IssueInfo file(String username, String title, String category, Severity severity, String kelurahan) {
        return as(
                username,
                () -> issues.file(
                        new IssueForm(
                                title,
                                null,
                                category(category),
                                severity,
                                null,
                                null,
                                kelurahan,
                                null,
                                null,
                                IssueSource.POSKO,
                                null),
                        null));
    }

    /** Filed, verified and referred to that unit by the Jakarta Pusat chief. */
    protected IssueInfo referred(String title, Severity severity, String unitCode) {
        return as("ketua.jakpus", () -> {
            IssueInfo issue = issues.file(
                    new IssueForm(
                            title,
                            null,
                            category("KAMTIBMAS"),
                            severity,
                            null,
                            null,
                            GAMBIR_KEL,
                            null,
                            null,
                            IssueSource.POSKO,
                            null),
                    null);
            issue = issues.verify(issue.id(), issue.version());
            return issues.refer(issue.id(), issue.version(), unit(unitCode), "Mohon ditindaklanjuti");
        });
    }

    protected long category(String code) {
        return issues.categories().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    protected long unit(String code) {
        return staff.unitByCode(code).orElseThrow().id();
    }

    protected IssueDetailView openDetail(long id) {
        UI.getCurrent().navigate("permasalahan/" + id);
        return _get(IssueDetailView.class);
    }

    /** Every open notification's words (its text, or the text of what it holds). */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(IssueScreenTests::notificationText)
                .toList();
    }

    protected static String notificationText(Notification n) {
        String own = n.getElement().getProperty("text", "");
        String inner = n.getChildren().map(IssueScreenTests::textOf).collect(Collectors.joining(" "));
        return (own + " " + inner).strip();
    }

    protected static String textOf(Component c) {
        return c.getElement().getTextRecursively();
    }
}
