package vn.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.ReorganizationStatus;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationActors;
import vn.phoihop.organization.spi.OrganizationAuditLog;
import vn.phoihop.organization.spi.OrganizationReferences;

/**
 * The registry module on its own (with the platform it depends on): the account module is not started, its three
 * service-provider interfaces are stood in for below. Shows with a {@link Scenario} that applying a reorganisation
 * publishes {@link OrganizationsReorganized} and undoing it publishes {@link ReorganizationUndone}, each carrying the
 * reorganisation's successions.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class RegistryModuleTests {

    private static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    private static final LocalDate RENAMED = LocalDate.of(2026, 3, 1);

    /** What the account module would supply: an acting central administrator and an audit trail in memory. */
    @TestConfiguration
    static class AccountStandIns {

        @Bean
        ActingAdministrator actingAdministrator() {
            return new ActingAdministrator();
        }

        @Bean
        OrganizationActors organizationActors(ActingAdministrator acting) {
            return () -> Optional.ofNullable(acting.actor.get());
        }

        @Bean
        RecordedAudit organizationAuditLog() {
            return new RecordedAudit();
        }

        @Bean
        OrganizationReferences organizationReferences() {
            return organizationIds -> List.of();
        }
    }

    static class ActingAdministrator {
        final AtomicReference<Actor> actor = new AtomicReference<>();
    }

    static class RecordedAudit implements OrganizationAuditLog {
        final List<String> actions = new CopyOnWriteArrayList<>();

        @Override
        public void record(String action, String targetType, Object targetId, String details) {
            actions.add(action + " " + targetType + " " + targetId);
        }
    }

    @Autowired ActingAdministrator acting;
    @Autowired RecordedAudit audit;
    @Autowired Organizations organizations;
    @Autowired OrganizationAdministration administration;
    @Autowired Reorganizations reorganizations;
    @Autowired ApplicationContext context;

    @BeforeEach
    void actAsCentralAdministrator() {
        acting.actor.set(new Actor("module.admin", organizations.findByCode("CTDCT").orElseThrow().id(), true));
    }

    private long unit(String code) {
        return organizations.findByCode(code).map(OrganizationSummary::id).orElseGet(() -> administration.create(
                new CreateOrganization(code, OrganizationKind.POLICE_UNIT, "Phòng mô-đun " + code, null, null,
                        organizations.findByCode("T20-CA").orElseThrow().id(), FROM)).id());
    }

    private static ReorganizationCommand renaming(long unit) {
        return new ReorganizationCommand(ReorganizationKind.RENAME, RENAMED, "Quyết định số 7/QĐ-CAT (thử)", null,
                List.of(unit), null, null, "Phòng mô-đun đổi tên", null, null, null);
    }

    @Test
    void applyingAReorganizationPublishesOrganizationsReorganizedAndUndoingPublishesReorganizationUndone(
            Scenario scenario) {
        long unit = unit("MOD7-RN");
        List<OrganizationSuccession> renamed = List.of(new OrganizationSuccession(unit, unit));
        AtomicReference<Long> applied = new AtomicReference<>();

        scenario.stimulate(() -> reorganizations.apply(renaming(unit)))
                .andWaitForEventOfType(OrganizationsReorganized.class)
                .matching(e -> e.successions().equals(renamed))
                .toArriveAndVerify((event, view) -> {
                    assertThat(event.reorganizationId()).isEqualTo(view.id());
                    assertThat(event.kind()).isEqualTo(ReorganizationKind.RENAME);
                    assertThat(event.effectiveDate()).isEqualTo(RENAMED);
                    assertThat(event.legalBasis()).isEqualTo("Quyết định số 7/QĐ-CAT (thử)");
                    applied.set(view.id());
                });
        long id = applied.get();

        scenario.stimulate(() -> reorganizations.undo(id))
                .andWaitForEventOfType(ReorganizationUndone.class)
                .matching(e -> e.reorganizationId() == id)
                .toArriveAndVerify((event, view) -> {
                    assertThat(event.kind()).isEqualTo(ReorganizationKind.RENAME);
                    assertThat(event.effectiveDate()).isEqualTo(RENAMED);
                    assertThat(event.successions()).isEqualTo(renamed);
                    assertThat(view.status()).isEqualTo(ReorganizationStatus.UNDONE);
                });

        assertThat(audit.actions).contains("ORGANIZATION_REORGANIZED reorganization " + id,
                "REORGANIZATION_UNDONE reorganization " + id);
    }

    @Test
    void theAccountModuleIsNotStarted() {
        assertThat(context.getBeanDefinitionNames()).extracting(name -> context.getType(name))
                .filteredOn(type -> type != null && type.getPackageName().startsWith("vn.phoihop.account"))
                .isEmpty();
        assertThat(context.getBeansOfType(OrganizationActors.class)).hasSize(1);
        assertThat(context.getBean(Reorganizations.class)).isNotNull();
    }
}
