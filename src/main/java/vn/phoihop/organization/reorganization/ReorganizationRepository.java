package vn.phoihop.organization.reorganization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReorganizationRepository extends JpaRepository<Reorganization, Long> {

    List<Reorganization> findByStatusOrderByIdDesc(ReorganizationStatus status);
}
