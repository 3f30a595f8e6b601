package vn.phoihop.organization.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PositionRepository extends JpaRepository<Position, Long> {

    List<Position> findByOrganizationId(long organizationId);

    List<Position> findByPersonIdOrderByValidFromDesc(long personId);
}
