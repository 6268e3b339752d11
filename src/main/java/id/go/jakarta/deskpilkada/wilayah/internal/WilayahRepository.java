package id.go.jakarta.deskpilkada.wilayah.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WilayahRepository extends JpaRepository<Wilayah, String> {}
