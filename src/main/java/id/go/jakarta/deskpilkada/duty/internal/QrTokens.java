package id.go.jakarta.deskpilkada.duty.internal;

import id.go.jakarta.deskpilkada.base.i18n.DeskException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in QR codes: {@code v1.post.shift.day.issued.nonce.signature}, signed with HMAC-SHA256
 * under a secret every node shares through the database. A code names the post and the shift
 * instance it admits to, is accepted for a short time after it is issued, and only once.
 */
@Service
@Transactional(propagation = Propagation.SUPPORTS)
public class QrTokens {

    static final String SECRET_NAME = "duty-qr";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final AppSecrets secrets;
    private final QrUseRepository uses;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key = new byte[0];

    QrTokens(AppSecrets secrets, QrUseRepository uses) {
        this.secrets = secrets;
        this.uses = uses;
    }

    /** What a valid code says. */
    public record Claims(long poskoId, long shiftId, LocalDate day, Instant issuedAt, String nonce) {}

    public String issue(long poskoId, long shiftId, LocalDate day, Instant now) {
        byte[] n = new byte[12];
        random.nextBytes(n);
        String payload =
                "v1." + poskoId + "." + shiftId + "." + day + "." + now.getEpochSecond() + "." + B64.encodeToString(n);
        return payload + "." + sign(payload);
    }

    /** Checks signature and age; replay is checked by {@link #spend}. */
    public Claims verify(String token, Instant now, Duration validity) {
        String[] parts = token.strip().split("\\.");
        if (parts.length != 7 || !"v1".equals(parts[0])) {
            throw DeskException.invalid("qr.malformed");
        }
        String payload = String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[6].getBytes(StandardCharsets.US_ASCII))) {
            throw DeskException.invalid("qr.forged");
        }
        Claims claims;
        try {
            claims = new Claims(
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]),
                    LocalDate.parse(parts[3]),
                    Instant.ofEpochSecond(Long.parseLong(parts[4])),
                    parts[5]);
        } catch (RuntimeException e) {
            throw DeskException.invalid("qr.malformed");
        }
        // A little slack for clocks of different nodes; nothing issued "in the future" beyond it.
        if (claims.issuedAt().isAfter(now.plusSeconds(5))
                || !now.isBefore(claims.issuedAt().plus(validity))) {
            throw DeskException.invalid("qr.expired");
        }
        return claims;
    }

    /** Whether the code was used already (anywhere in the cluster). */
    public boolean spent(Claims claims) {
        return uses.existsById(claims.nonce());
    }

    /** Marks a code used, in the caller's transaction; a second use anywhere in the cluster fails. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void spend(Claims claims, long officerId, Instant now) {
        uses.deleteUsedBefore(now.minus(Duration.ofDays(1)));
        if (uses.existsById(claims.nonce())) {
            throw DeskException.conflict("qr.used");
        }
        try {
            uses.saveAndFlush(new QrUse(claims.nonce(), officerId, now));
        } catch (DataIntegrityViolationException e) {
            throw DeskException.conflict("qr.used");
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k.length == 0) {
            synchronized (this) {
                if (key.length == 0) {
                    String secret;
                    try {
                        secret = secrets.get(SECRET_NAME);
                    } catch (RuntimeException e) {
                        // Another node made it at the same moment: it is there now.
                        secret = secrets.get(SECRET_NAME);
                    }
                    key = B64D.decode(secret);
                }
                k = key;
            }
        }
        return k;
    }
}
