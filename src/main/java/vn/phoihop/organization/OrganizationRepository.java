package vn.phoihop.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByCode(String code);

    /** The nearest ancestor-or-self of kind PROVINCE, following parents. */
    @Query(value = """
            WITH RECURSIVE up(id, parent_id, kind, depth) AS (
                SELECT id, parent_id, kind, 0 FROM organization WHERE id = :id
                UNION ALL
                SELECT o.id, o.parent_id, o.kind, up.depth + 1
                FROM organization o JOIN up ON o.id = up.parent_id
                WHERE up.depth < 64
            )
            SELECT id FROM up WHERE kind = 'PROVINCE' ORDER BY depth LIMIT 1
            """, nativeQuery = true)
    Optional<Long> findProvinceOf(long id);

    @Query(value = """
            WITH RECURSIVE down(id, depth) AS (
                SELECT id, 0 FROM organization WHERE id = :rootId
                UNION ALL
                SELECT o.id, down.depth + 1 FROM organization o JOIN down ON o.parent_id = down.id
                WHERE down.depth < 64
            )
            SELECT id FROM down
            """, nativeQuery = true)
    List<Long> findSubtreeIds(long rootId);

    @Query("select o from Organization o order by o.kind, o.name")
    List<Organization> findAllOrdered();
}
