package id.go.jakarta.deskpilkada.issues;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import id.go.jakarta.deskpilkada.base.security.CurrentActor;
import id.go.jakarta.deskpilkada.issues.internal.IssueIntakeKey;
import id.go.jakarta.deskpilkada.issues.internal.IssueIntakeKeyRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing from integrations (field apps, the hotline desk, bots) that retry on a lost answer.
 * With an {@code Idempotency-Key}, a retry of the same request returns the issue the first
 * request made instead of filing it twice; the same key with another request is refused. The key
 * is stored in the same transaction as the issue, so either both exist or neither does; it is
 * scoped to the client, so two clients can never see each other's keys.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class IssueIntake {

    public static final int MAX_KEY = 100;
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1," + MAX_KEY + "}");
    /** Filing attempts when a racing request with the same key rolls back instead of committing. */
    private static final int ATTEMPTS = 3;
    /** How often, and how long apart, to look for the racing request's key once it has won. */
    private static final int LOOKUPS = 40;

    private static final long LOOKUP_PAUSE_MS = 50;

    /**
     * What a create did.
     *
     * @param replayed true when the key had been used before with the same request: nothing new was filed
     * @param timeline the new issue's timeline when this request filed it; null for a replay (read it)
     */
    public record Result(
            IssueInfo issue, boolean replayed, @Nullable List<TimelineEntry> timeline) {

        static Result filed(IssueService.Filed filed) {
            return new Result(filed.issue(), false, filed.timeline());
        }
    }

    private final IssueIntakeKeyRepository keys;
    private final IssueService issues;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate newReadOnly;
    private final Clock clock;

    IssueIntake(
            IssueIntakeKeyRepository keys, IssueService issues, PlatformTransactionManager transactions, Clock clock) {
        this.keys = keys;
        this.issues = issues;
        // Always a transaction of its own: after a lost race the winner's commit must be visible.
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newReadOnly = new TransactionTemplate(transactions);
        this.newReadOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newReadOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Files the issue, or with a key already used by this client, returns the issue the key made.
     *
     * @param key the client's {@code Idempotency-Key}, 1 to 100 printable ASCII characters, or null
     * @throws DeskException INVALID for a malformed key, CONFLICT when the key was used for another request
     */
    public Result file(IssueForm form, @Nullable String reporter, @Nullable String key) {
        if (key == null) {
            return Result.filed(issues.fileWithTimeline(form, reporter));
        }
        if (!KEY.matcher(key).matches() || key.isBlank()) {
            throw DeskException.invalid("issue.intake.key.invalid", MAX_KEY);
        }
        String client = CurrentActor.require().username();
        String hash = hash(form, reporter);
        for (int attempt = 1; ; attempt++) {
            try {
                return required(newTransaction.execute(tx -> {
                    Optional<IssueIntakeKey> used = keys.findByClientAndIdemKey(client, key);
                    if (used.isPresent()) {
                        return replay(used.get(), hash);
                    }
                    IssueService.Filed filed = issues.fileWithTimeline(form, reporter);
                    keys.saveAndFlush(
                            new IssueIntakeKey(client, key, hash, filed.issue().id(), clock.instant()));
                    return Result.filed(filed);
                }));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
                // The same key committed (or is committing) by a concurrent request: our issue is
                // rolled back with our key, and the caller gets the winner's issue.
                Optional<Result> first = awaitFirst(client, key, hash);
                if (first.isPresent()) {
                    return first.get();
                }
                if (attempt == ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    private Optional<Result> awaitFirst(String client, String key, String hash) {
        for (int i = 0; i < LOOKUPS; i++) {
            Optional<Result> found =
                    Optional.ofNullable(newReadOnly.execute(tx -> keys.findByClientAndIdemKey(client, key)
                            .map(k -> replay(k, hash))
                            .orElse(null)));
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(LOOKUP_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private Result replay(IssueIntakeKey used, String hash) {
        if (!used.requestHash().equals(hash)) {
            throw DeskException.conflict("issue.intake.key.reused", String.valueOf(used.issueId()));
        }
        return new Result(issues.issue(used.issueId()), true, null);
    }

    private static Result required(@Nullable Result result) {
        if (result == null) {
            throw new IllegalStateException("no result from the filing transaction");
        }
        return result;
    }

    /**
     * SHA-256 of the request as it will be filed: trimmed, blanks as absent, each field named and
     * length-prefixed, so key order, spacing and JSON formatting do not matter but any value does.
     */
    static String hash(IssueForm form, @Nullable String reporter) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "title", form.title());
        field(canonical, "description", form.description());
        field(canonical, "category", String.valueOf(form.categoryId()));
        field(
                canonical,
                "severity",
                form.severity() == null ? null : form.severity().name());
        field(canonical, "wilayah", form.wilayahCode());
        field(canonical, "kecamatan", form.kecamatanCode());
        field(canonical, "kelurahan", form.kelurahanCode());
        field(canonical, "tps", form.tps());
        field(canonical, "address", form.address());
        field(canonical, "source", form.source() == null ? null : form.source().name());
        field(
                canonical,
                "stage",
                form.stageSeq() == null ? null : form.stageSeq().toString());
        field(canonical, "reporter", reporter);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void field(StringBuilder canonical, String name, @Nullable String value) {
        String clean = value == null || value.isBlank() ? null : value.strip();
        canonical.append(name).append('=');
        if (clean == null) {
            canonical.append('-');
        } else {
            canonical.append(clean.length()).append(':').append(clean);
        }
        canonical.append('\n');
    }
}
