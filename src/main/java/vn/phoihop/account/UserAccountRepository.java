package vn.phoihop.account;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where (:allOrganizations = true or u.organizationId in :organizationIds)
              and (:foldedQuery = '' or u.searchKey like concat('%', :foldedQuery, '%'))
            order by u.username
            """)
    Page<UserAccount> search(boolean allOrganizations, Collection<Long> organizationIds, String foldedQuery,
            Pageable pageable);

    boolean existsByRolesContains(Role role);

    java.util.List<UserAccount> findByOrganizationIdIn(Collection<Long> organizationIds);
}
