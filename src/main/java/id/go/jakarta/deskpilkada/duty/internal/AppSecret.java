package id.go.jakarta.deskpilkada.duty.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret the application made for itself and shares, through the database, with every node. */
@Entity
@Table(name = "app_secret")
class AppSecret {

    @Id
    private String name = "";

    @Column(name = "secret_value")
    private String value = "";

    protected AppSecret() {}

    AppSecret(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String value() {
        return value;
    }
}
