package vn.phoihop.support;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.people.People;
import vn.phoihop.organization.people.PeopleCommands.CreatePerson;
import vn.phoihop.organization.people.PositionTitle;
import vn.phoihop.organization.people.Rank;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.Reorganizations;

/**
 * Registry fixtures created through the real services by the demo administrator, each in its own committed
 * transaction (so a test's rollback does not undo them), and idempotent by code or name.
 */
@Component
public class RegistryFixtures {

    private final Fixtures fixtures;
    private final OrganizationAdministration administration;
    private final Organizations organizations;
    private final People people;
    private final Reorganizations reorganizations;
    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    RegistryFixtures(Fixtures fixtures, OrganizationAdministration administration, Organizations organizations,
            People people, Reorganizations reorganizations, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.fixtures = fixtures;
        this.administration = administration;
        this.organizations = organizations;
        this.people = people;
        this.reorganizations = reorganizations;
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The id of the organisation with this code. */
    public long id(String code) {
        return organizations.findByCode(code).orElseThrow(() -> new IllegalArgumentException(code)).id();
    }

    /** The unit with {@code code}, created under {@code parentCode} from {@code validFrom} if it does not exist. */
    public long unit(String code, OrganizationKind kind, String name, String parentCode, LocalDate validFrom) {
        return organizations.findByCode(code).map(o -> o.id()).orElseGet(() -> Fixtures.as(fixtures.demoAdmin(),
                () -> newTransaction.execute(s -> administration.create(new CreateOrganization(code, kind, name,
                        null, null, id(parentCode), validFrom)).id())));
    }

    /** The person with this name, created with a first position in {@code orgCode} if they do not exist. */
    public long person(String fullName, Rank rank, String orgCode, PositionTitle title, LocalDate from) {
        List<Long> existing = jdbc.sql("SELECT id FROM person WHERE full_name = :n").param("n", fullName)
                .query(Long.class).list();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        return Fixtures.as(fixtures.demoAdmin(), () -> newTransaction.execute(s -> people.create(
                new CreatePerson(fullName, rank, id(orgCode), title, from)).id()));
    }

    /** An applied, unconfirmed renaming of the organisation with {@code code} (created on first use). */
    public long pendingRename(String code, LocalDate from) {
        long org = id(code);
        List<Long> pending = jdbc.sql("SELECT r.id FROM reorganization r JOIN reorganization_transition t"
                + " ON t.reorganization_id = r.id WHERE r.status = 'APPLIED' AND t.predecessor_id = :o")
                .param("o", org).query(Long.class).list();
        if (!pending.isEmpty()) {
            return pending.get(0);
        }
        return Fixtures.as(fixtures.demoAdmin(), () -> newTransaction.execute(s -> reorganizations.apply(
                new ReorganizationCommand(ReorganizationKind.RENAME, from, "Quyết định số 1/QĐ-CAT (thử)", null,
                        List.of(org), null, null, "Đơn vị đổi tên " + code, null, null, null)).id()));
    }

    /** The id of the person's first position. */
    public long positionOf(long personId) {
        return jdbc.sql("SELECT min(id) FROM position WHERE person_id = :p").param("p", personId).query(Long.class)
                .single();
    }
}
