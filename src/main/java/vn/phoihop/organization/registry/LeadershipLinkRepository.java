package vn.phoihop.organization.registry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadershipLinkRepository extends JpaRepository<LeadershipLink, Long> {

    List<LeadershipLink> findByOrganizationId(long organizationId);

    List<LeadershipLink> findByLeaderId(long leaderId);
}
