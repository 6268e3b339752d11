package id.go.jakarta.deskpilkada.duty.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppSecretRepository extends JpaRepository<AppSecret, String> {}
