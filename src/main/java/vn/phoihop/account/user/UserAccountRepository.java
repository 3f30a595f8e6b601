package vn.phoihop.account.user;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.phoihop.account.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

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

    /** The accounts that created {@code id}, directly or through accounts they created (its creator chain). */
    @Query(value = """
            WITH RECURSIVE chain (id, depth) AS (
                SELECT created_by, 1 FROM user_account WHERE id = :id AND created_by IS NOT NULL
                UNION
                SELECT u.created_by, chain.depth + 1 FROM chain JOIN user_account u ON u.id = chain.id
                WHERE u.created_by IS NOT NULL AND chain.depth < 64
            )
            SELECT DISTINCT id FROM chain
            """, nativeQuery = true)
    java.util.List<Long> creatorsOf(long id);

    java.util.List<UserAccount> findByOrganizationIdIn(Collection<Long> organizationIds);
}
