package id.go.jakarta.deskpilkada.integration.internal;

import id.go.jakarta.deskpilkada.base.security.MachineCredential;
import id.go.jakarta.deskpilkada.integration.ApiClientInfo;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "api_client")
public class ApiClient extends MachineCredential {

    protected ApiClient() {}

    public ApiClient(String name, String token, Instant createdAt, String createdBy) {
        super(name, token, createdAt, createdBy);
    }

    public ApiClientInfo toInfo() {
        return new ApiClientInfo(id(), name(), createdAt(), createdBy(), revokedAt(), lastUsedAt(), version());
    }
}
