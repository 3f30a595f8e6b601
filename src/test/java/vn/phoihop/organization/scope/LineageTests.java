package vn.phoihop.organization.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.Organizations;

/**
 * A province's scope reaches the provinces it was formed from only where they ended in doing so: the new Bắc Ninh
 * reaches the former Bắc Giang's units, but a province split off from one that lives on (Đắk Nông from Đắk Lắk in
 * 2004) does not reach the surviving province's units.
 */
@SpringBootTest
class LineageTests {

    @Autowired RegistryFixtures registry;
    @Autowired Organizations organizations;
    @Autowired JdbcClient jdbc;

    @Test
    void aProvinceReachesPredecessorsThatEndedButNotOneThatLivesOn() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 8, 1);
        LocalDate split = LocalDate.of(2026, 9, 1);
        long surviving = province("LN-S-" + tag, "Tỉnh Còn lại " + tag, from);
        long ended = province("LN-E-" + tag, "Tỉnh Đã nhập " + tag, from);
        long formed = province("LN-F-" + tag, "Tỉnh Mới tách " + tag, split);
        long survivingUnit = registry.unit("LN-SU-" + tag, OrganizationKind.POLICE_UNIT, "Phòng S " + tag,
                "LN-S-" + tag, from);
        long endedUnit = registry.unit("LN-EU-" + tag, OrganizationKind.POLICE_UNIT, "Phòng E " + tag,
                "LN-E-" + tag, from);
        jdbc.sql("UPDATE organization SET valid_to = :to WHERE id = :id").param("to", split.minusDays(1))
                .param("id", ended).update();
        reorganization("SPLIT", split, List.of(new long[] { surviving, surviving }, new long[] { surviving, formed }));
        reorganization("MERGE", split, List.of(new long[] { ended, formed }));

        assertThat(organizations.inScope(formed, endedUnit)).as("a predecessor that ended").isTrue();
        assertThat(organizations.inScope(formed, survivingUnit)).as("a predecessor that lives on").isFalse();
        assertThat(organizations.inScope(surviving, survivingUnit)).isTrue();
    }

    private long province(String code, String name, LocalDate from) {
        return registry.unit(code, OrganizationKind.PROVINCE, name, "VN", from);
    }

    private void reorganization(String kind, LocalDate date, List<long[]> transitions) {
        long id = jdbc.sql("""
                INSERT INTO reorganization (kind, effective_date, legal_basis, status, applied_by, applied_at)
                VALUES (:kind, :date, 'Nghị quyết thử', 'CONFIRMED', 'test', now()) RETURNING id
                """).param("kind", kind).param("date", date).query(Long.class).single();
        for (int i = 0; i < transitions.size(); i++) {
            jdbc.sql("INSERT INTO reorganization_transition (reorganization_id, position, predecessor_id, successor_id)"
                    + " VALUES (:r, :p, :from, :to)").param("r", id).param("p", i)
                    .param("from", transitions.get(i)[0]).param("to", transitions.get(i)[1]).update();
        }
    }
}
