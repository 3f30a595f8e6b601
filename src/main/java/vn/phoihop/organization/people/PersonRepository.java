package vn.phoihop.organization.people;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long> {

    long count();

    /** The people with {@code ids}, their rank history loaded in the same query. */
    @Query("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.ranks WHERE p.id IN :ids")
    List<Person> findWithRanks(@Param("ids") Collection<Long> ids);
}
