package id.go.jakarta.deskpilkada.posko;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoskoActivityRepository extends JpaRepository<PoskoActivity, Long> {
}
