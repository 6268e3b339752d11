package id.go.jakarta.deskpilkada.duty.coverage;

import id.go.jakarta.deskpilkada.base.data.DeskRounds;
import id.go.jakarta.deskpilkada.posko.PoskoService;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Time moves coverage without anybody acting: a shift starts, a grace period runs out. Every node
 * checks every few seconds, in every working desk; the locked state row lets exactly one raise each
 * alert.
 */
@Component
class CoverageWatch {

    private static final Logger log = LoggerFactory.getLogger(CoverageWatch.class);

    private final CoverageKeeper keeper;
    private final PoskoService posko;
    private final DeskRounds rounds;

    CoverageWatch(CoverageKeeper keeper, PoskoService posko, DeskRounds rounds) {
        this.keeper = keeper;
        this.posko = posko;
        this.rounds = rounds;
    }

    @Scheduled(
            fixedDelayString = "${desk.duty.watch-interval:5s}",
            initialDelayString = "${desk.duty.watch-interval:5s}")
    void check() {
        rounds.each("Coverage check", desk -> checkPosts());
    }

    /**
     * Decides the posts of the acting desk whose coverage turned: the desk's coverage is read in
     * one go, and only a post that turned (or has no state yet) is decided under its row lock.
     */
    private void checkPosts() {
        Map<Long, String> codes = new HashMap<>();
        posko.tiles().forEach(t -> codes.put(t.id(), t.code()));
        for (long post : keeper.dueForDecision(codes.keySet())) {
            try {
                keeper.decideAlone(post);
            } catch (RuntimeException e) {
                log.warn("Coverage check failed for post {}", codes.get(post), e);
            }
        }
    }
}
