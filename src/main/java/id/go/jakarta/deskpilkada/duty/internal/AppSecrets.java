package id.go.jakarta.deskpilkada.duty.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Secrets the application makes for itself on first use and keeps in the database for all nodes. */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class AppSecrets {

    private final AppSecretRepository secrets;
    private final SecureRandom random = new SecureRandom();

    AppSecrets(AppSecretRepository secrets) {
        this.secrets = secrets;
    }

    /** 32 random bytes, URL-safe Base64, made once per database. */
    public String get(String name) {
        return secrets.findById(name).map(AppSecret::value).orElseGet(() -> {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            try {
                return secrets.saveAndFlush(new AppSecret(
                                name, Base64.getUrlEncoder().withoutPadding().encodeToString(fresh)))
                        .value();
            } catch (DataIntegrityViolationException e) {
                throw new IllegalStateException(
                        "Another node created secret " + name + " at the same moment: retry", e);
            }
        });
    }
}
