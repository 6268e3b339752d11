package id.go.jakarta.deskpilkada.posko.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.jakarta.deskpilkada.SignIn;
import id.go.jakarta.deskpilkada.base.i18n.Languages;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The overview's page carries a first frame of the person's overview (every post with its grade, in
 * his language), inert and hidden from assistive technology; only the overview's address gets one.
 */
@SpringBootTest
@ActiveProfiles("test")
class OverviewFirstFrameTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    OverviewFirstFrame firstFrame;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_overview_page_carries_every_post_with_its_grade_for_its_first_frame() {
        SignIn.as(context, "sekda");

        Element frame = firstFrame.frame(Languages.INDONESIAN);

        assertThat(frame.id()).isEqualTo(OverviewFirstFrame.ELEMENT_ID);
        assertThat(frame.hasAttr("inert")).isTrue();
        assertThat(frame.attr("aria-hidden")).isEqualTo("true");
        assertThat(frame.select("h2").text()).isEqualTo("Ringkasan Posko");
        assertThat(frame.select("span.stage-line").text()).isNotBlank();
        assertThat(frame.select(".posko-card")).hasSize(7);
        assertThat(frame.select(".posko-card .alert-badge"))
                .allSatisfy(badge -> assertThat(badge.className()).matches(".*alert-(normal|waspada|siaga|awas).*"));
        assertThat(frame.select(".posko-card h3").eachText()).contains("Posko Balai Kota");
    }

    @Test
    void the_frame_speaks_the_persons_language_and_only_the_overview_gets_one() {
        SignIn.as(context, "bakesbangpol");

        Element frame = firstFrame.frame(Locale.ENGLISH);

        assertThat(frame.select("h2").text()).isEqualTo("Posts overview");
        assertThat(OverviewFirstFrame.isOverviewPage("/")).isTrue();
        assertThat(OverviewFirstFrame.isOverviewPage("")).isTrue();
        assertThat(OverviewFirstFrame.isOverviewPage("/permasalahan")).isFalse();
        assertThat(OverviewFirstFrame.isOverviewPage("/layar")).isFalse();
    }
}
