package id.go.jakarta.deskpilkada.duty.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sign-in QR code that was used: it is never accepted again. */
@Entity
@Table(name = "duty_qr_use")
class QrUse {

    @Id
    private String nonce = "";

    @Column(name = "officer_id")
    private long officerId;

    @Column(name = "used_at")
    private Instant usedAt = Instant.EPOCH;

    protected QrUse() {}

    QrUse(String nonce, long officerId, Instant usedAt) {
        this.nonce = nonce;
        this.officerId = officerId;
        this.usedAt = usedAt;
    }
}
