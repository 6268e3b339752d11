package id.go.jakarta.deskpilkada.wilayah;

import org.springframework.data.jpa.repository.JpaRepository;

interface WilayahRepository extends JpaRepository<Wilayah, String> {
}
