package id.go.jakarta.deskpilkada.duty;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppSecretRepository extends JpaRepository<AppSecret, String> {
}
