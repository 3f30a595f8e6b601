package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.AuditTrail.AuditFilter;
import vn.phoihop.account.user.UserCommands.CreateUser;
import vn.phoihop.account.user.UserCommands.ResetPassword;
import vn.phoihop.account.user.UserCommands.UpdateUser;
import vn.phoihop.organization.registry.LeadershipKind;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.registry.OrganizationCommands.AddLeadershipLink;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.reorganization.ReorganizationStatus;
import vn.phoihop.organization.reorganization.Reorganizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.account.audit.AuditEntry;
import vn.phoihop.account.user.Accounts;
import vn.phoihop.account.user.Paging;
import vn.phoihop.account.user.UserAccountRepository;
import vn.phoihop.account.user.UserView;

/**
 * A provincial administrator administers only their scope (issue 6, point 3): the audit trail, accounts (never
 * granting above themselves, never reaching the accounts that created them), reorganisations (not undoing one that
 * touched another province when it took effect) and leadership links (a territorial link only from their own
 * province's Party committee).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdministratorScopeTests {

    private static final LocalDate START = LocalDate.of(2025, 7, 1);

    @Autowired Accounts accounts;
    @Autowired AuditTrail audit;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired Reorganizations reorganizations;
    @Autowired OrganizationAdministration administration;
    @Autowired UserAccountRepository users;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    private CurrentUser bacNinhAdmin() {
        return Fixtures.principal(fixtures.user("scope.admin.bacninh", "T20-CA", EnumSet.of(Role.SYSTEM_ADMIN),
                Clearance.NONE));
    }

    @Test
    void aProvincialAdministratorReadsOnlyTheAuditRowsAboutTheirProvince() throws Exception {
        registry.unit("SC-HN-AUD", OrganizationKind.POLICE_UNIT, "Phòng Kiểm toán Hà Nội", "T01-CA", START);
        registry.unit("SC-BN-AUD", OrganizationKind.POLICE_UNIT, "Phòng Kiểm toán Bắc Ninh", "T20-CA", START);
        fixtures.user("scope.audit.hanoi", "T01-CA", Role.VIEWER);
        fixtures.user("scope.audit.bacninh", "T20-CA", Role.VIEWER);
        CurrentUser provincial = bacNinhAdmin();

        Fixtures.as(provincial, () -> {
            assertThat(rows("SC-HN-AUD")).isZero();
            assertThat(rows("scope.audit.hanoi")).isZero();
            assertThat(rows("SC-BN-AUD")).isEqualTo(1);
            assertThat(rows("scope.audit.bacninh")).isEqualTo(1);
            List<AuditEntry> all = audit.search(new AuditFilter(null, null, null, null, null), 0, 200).entries();
            assertThat(all).extracting(AuditEntry::targetId).doesNotContain("SC-HN-AUD", "scope.audit.hanoi");
            return null;
        });
        Fixtures.as(fixtures.demoAdmin(), () -> {
            assertThat(rows("SC-HN-AUD")).isEqualTo(1);
            assertThat(rows("scope.audit.hanoi")).isEqualTo(1);
            return null;
        });
        String page = mvc.perform(get("/admin/audit").param("target", "SC-HN-AUD").with(as(provincial)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Có 0 bản ghi.").doesNotContain("Phòng Kiểm toán Hà Nội");
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void theOrganisationsOfANewAuditRowArePartOfItsHash() {
        fixtures.user("scope.hash.probe", "T20-CA", Role.VIEWER);
        assertThat(audit.verifyChain().intact()).isTrue();
        transactions.executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update").update();
            jdbc.sql("UPDATE audit_event SET organization_ids = '{1}' WHERE target_id = 'scope.hash.probe'").update();
            AuditTrail.AuditVerification changed = audit.verifyChain();
            assertThat(changed.intact()).isFalse();
            assertThat(changed.problem()).contains("changed");
            s.setRollbackOnly();
        });
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void nobodyGrantsARoleOrClearanceAboveTheirOwnNorOutsideTheirScope() {
        CurrentUser provincial = Fixtures.principal(fixtures.user("scope.granter", "T20-CA",
                EnumSet.of(Role.SYSTEM_ADMIN), Clearance.CONFIDENTIAL));
        long bacNinh = registry.id("T20-CA");
        long hanoi = registry.id("T01-CA");
        Fixtures.as(provincial, () -> {
            refused(() -> accounts.create(newUser("scope.raise.all", bacNinh, EnumSet.of(Role.SYSTEM_ADMIN,
                    Role.CENTRAL_STAFF, Role.LEADER), Clearance.TOP_SECRET)), 403, "user.roles.aboveOwn");
            refused(() -> accounts.create(newUser("scope.raise.central", bacNinh, EnumSet.of(Role.CENTRAL_STAFF),
                    Clearance.NONE)), 403, "user.roles.aboveOwn");
            refused(() -> accounts.create(newUser("scope.raise.leader", bacNinh, EnumSet.of(Role.LEADER),
                    Clearance.NONE)), 403, "user.roles.aboveOwn");
            refused(() -> accounts.create(newUser("scope.raise.secret", bacNinh, EnumSet.of(Role.VIEWER),
                    Clearance.SECRET)), 403, "user.clearance.aboveOwn");
            refused(() -> accounts.create(newUser("scope.other.province", hanoi, EnumSet.of(Role.VIEWER),
                    Clearance.NONE)), 400, "user.organization.outOfScope");
            refused(() -> accounts.create(newUser("scope.no.organization", Long.MAX_VALUE, EnumSet.of(Role.VIEWER),
                    Clearance.NONE)), 400, "user.organization.outOfScope");
            assertThat(accounts.grantableRoles()).doesNotContain(Role.CENTRAL_STAFF, Role.LEADER);
            assertThat(accounts.grantableClearances()).containsExactly(Clearance.NONE, Clearance.CONFIDENTIAL);
            return null;
        });
        assertThat(users.existsByUsername("scope.raise.all")).isFalse();
        assertThat(users.existsByUsername("scope.raise.secret")).isFalse();
        assertThat(users.existsByUsername("scope.other.province")).isFalse();
    }

    @Test
    void anAccountCreatedByAProvincialAdministratorCannotRaiseOrTouchItsCreator() {
        UserView creator = fixtures.user("scope.creator", "T20-CA", EnumSet.of(Role.SYSTEM_ADMIN), Clearance.SECRET);
        long bacNinh = registry.id("T20-CA");
        UserView created = users.findByUsername("scope.created").map(u -> u.toView(""))
                .orElseGet(() -> Fixtures.as(Fixtures.principal(creator), () -> transactions.execute(s -> accounts
                        .create(newUser("scope.created", bacNinh, EnumSet.of(Role.SYSTEM_ADMIN), Clearance.SECRET)))));
        UserView grandchild = users.findByUsername("scope.grandchild").map(u -> u.toView(""))
                .orElseGet(() -> Fixtures.as(Fixtures.principal(created), () -> transactions.execute(s -> accounts
                        .create(newUser("scope.grandchild", bacNinh, EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE)))));
        UserView fresh = Fixtures.as(fixtures.demoAdmin(), () -> accounts.get(creator.id()));

        for (UserView actor : List.of(created, grandchild)) {
            String reason = actor == created ? "user.account.creator" : "user.account.aboveOwn";
            Fixtures.as(Fixtures.principal(actor), () -> {
                refused(() -> accounts.update(creator.id(), new UpdateUser(fresh.fullName(), null, bacNinh,
                        EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE, fresh.version())), 403, reason);
                refused(() -> accounts.resetPassword(creator.id(), new ResetPassword("mật khẩu chiếm quyền 1")),
                        403, reason);
                refused(() -> accounts.disable(creator.id()), 403, reason);
                return null;
            });
        }
        Fixtures.as(Fixtures.principal(grandchild), () -> {
            refused(() -> accounts.update(created.id(), new UpdateUser(created.fullName(), null, bacNinh,
                    EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE, created.version())), 403, "user.account.aboveOwn");
            return null;
        });
        UserView after = Fixtures.as(fixtures.demoAdmin(), () -> accounts.get(creator.id()));
        assertThat(after.clearance()).isEqualTo(Clearance.SECRET);
        assertThat(after.roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(after.enabled()).isTrue();
        assertThat(after.version()).isEqualTo(fresh.version());
    }

    @Test
    void anAdministratorChangesOnlyAccountsAtOrBelowThemselves() {
        UserView leader = fixtures.user("scope.leader.bacninh", "T20-CA", Role.LEADER);
        UserView staff = fixtures.user("scope.staff.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        CurrentUser provincial = bacNinhAdmin();
        Fixtures.as(provincial, () -> {
            refused(() -> accounts.update(leader.id(), new UpdateUser("Tên khác", null, leader.organizationId(),
                    leader.roles(), leader.clearance(), leader.version())), 403, "user.account.aboveOwn");
            refused(() -> accounts.resetPassword(leader.id(), new ResetPassword("mật khẩu chiếm quyền 2")), 403,
                    "user.account.aboveOwn");
            UserView current = accounts.get(staff.id());
            transactions.executeWithoutResult(s -> {
                accounts.update(staff.id(), new UpdateUser(current.fullName(), null, current.organizationId(),
                        EnumSet.of(Role.PROVINCE_POLICE_STAFF, Role.VIEWER), Clearance.NONE, current.version()));
                s.setRollbackOnly();
            });
            return null;
        });
    }

    @Test
    void theFormShowsTheRefusalBesideTheFieldAndCreatesNothing() throws Exception {
        CurrentUser provincial = bacNinhAdmin();
        MockHttpServletResponse response = mvc.perform(post("/admin/users").with(as(provincial)).with(csrf())
                .param("username", "scope.form.central").param("fullName", "Người thử")
                .param("organizationId", String.valueOf(registry.id("T20-CA"))).param("roles", "CENTRAL_STAFF")
                .param("clearance", "NONE").param("password", Fixtures.PASSWORD)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Bạn không được cấp vai trò vượt quá quyền của mình");
        assertThat(users.existsByUsername("scope.form.central")).isFalse();
    }

    @Test
    void aProvincialAdministratorCannotUndoAMoveOutOfAnotherProvince() {
        long unit = registry.unit("SC-HN-MOVE", OrganizationKind.POLICE_UNIT, "Phòng Chuyển đi Hà Nội", "T01-CA",
                START);
        long reorganization = Fixtures.as(fixtures.demoAdmin(), () -> transactions.execute(s -> reorganizations
                .apply(new ReorganizationCommand(ReorganizationKind.MOVE, LocalDate.of(2026, 2, 1),
                        "Quyết định số 2/QĐ-BCA (thử)", null, List.of(unit), registry.id("T20-CA"), null, null,
                        null, null, null)).id()));
        CurrentUser provincial = bacNinhAdmin();
        Fixtures.as(provincial, () -> {
            refused(() -> reorganizations.undo(reorganization), 403, "reorganization.undo.outOfScope");
            refused(() -> reorganizations.confirm(reorganization), 403, "reorganization.confirm.outOfScope");
            return null;
        });
        Fixtures.as(fixtures.demoAdmin(), () -> {
            assertThat(reorganizations.get(reorganization).status()).isEqualTo(ReorganizationStatus.APPLIED);
            transactions.executeWithoutResult(s -> reorganizations.undo(reorganization));
            assertThat(reorganizations.get(reorganization).status()).isEqualTo(ReorganizationStatus.UNDONE);
            return null;
        });
    }

    @Test
    void aProvincialAdministratorCannotApplyAReorganisationThatWritesIntoAnotherProvince() {
        long hanoiUnit = registry.unit("SC-HN-LEAD", OrganizationKind.POLICE_UNIT, "Phòng Dẫn dắt Hà Nội", "T01-CA",
                START);
        long bacNinhUnit = registry.unit("SC-BN-LED", OrganizationKind.POLICE_UNIT, "Phòng Được dẫn Bắc Ninh",
                "T20-CA", START);
        if (jdbc.sql("SELECT count(*) FROM leadership_link WHERE organization_id = :o").param("o", hanoiUnit)
                .query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from) VALUES (:o, :l,"
                    + " 'SECTORAL', DATE '2025-08-01')").param("o", hanoiUnit).param("l", bacNinhUnit).update();
        }
        ReorganizationCommand close = new ReorganizationCommand(ReorganizationKind.CLOSE, LocalDate.of(2026, 3, 1),
                "Quyết định số 3/QĐ-CAT (thử)", null, List.of(bacNinhUnit), null, null, null, null, null, null);
        Fixtures.as(bacNinhAdmin(), () -> {
            refused(() -> reorganizations.preview(close), 403, "reorganization.outOfScope");
            refused(() -> reorganizations.apply(close), 403, "reorganization.outOfScope");
            return null;
        });
        assertThat(jdbc.sql("SELECT count(*) FROM leadership_link WHERE organization_id = :o AND valid_to IS NULL")
                .param("o", hanoiUnit).query(Long.class).single()).isOne();
        assertThat(Fixtures.as(fixtures.demoAdmin(), () -> reorganizations.preview(close)).changes()).isNotEmpty();
    }

    @Test
    void aTerritorialLinkComesOnlyFromTheSameProvincesPartyCommittee() {
        long unit = registry.unit("SC-BN-LINK", OrganizationKind.POLICE_UNIT, "Phòng Liên kết Bắc Ninh", "T20-CA",
                START);
        CurrentUser provincial = bacNinhAdmin();
        LocalDate from = LocalDate.of(2025, 8, 1);
        Fixtures.as(provincial, () -> {
            refused(() -> administration.addLeadershipLink(unit, new AddLeadershipLink(registry.id("T01-TU"),
                    LeadershipKind.TERRITORIAL, from, null)), 403, "leadership.territorial.line");
            refused(() -> administration.addLeadershipLink(unit, new AddLeadershipLink(registry.id("T20-CA"),
                    LeadershipKind.TERRITORIAL, from, null)), 403, "leadership.territorial.line");
            refused(() -> administration.addLeadershipLink(unit, new AddLeadershipLink(registry.id("T20-TU"),
                    LeadershipKind.SECTORAL, from, null)), 403, "leadership.sectoral.line");
            transactions.executeWithoutResult(s -> {
                assertThat(administration.addLeadershipLink(unit, new AddLeadershipLink(registry.id("T20-TU"),
                        LeadershipKind.TERRITORIAL, from, null)).leaderId()).isEqualTo(registry.id("T20-TU"));
                assertThat(administration.addLeadershipLink(unit, new AddLeadershipLink(registry.id("T20-CA"),
                        LeadershipKind.SECTORAL, from, null)).leaderId()).isEqualTo(registry.id("T20-CA"));
                s.setRollbackOnly();
            });
            return null;
        });
    }

    @Test
    void theUnitFormDoesNotTellAProvincialAdministratorWhichCodesAnotherProvinceUses() {
        registry.unit("SC-HN-CODE", OrganizationKind.POLICE_UNIT, "Phòng Mã Hà Nội", "T01-CA", START);
        registry.unit("SC-BN-CODE", OrganizationKind.POLICE_UNIT, "Phòng Mã Bắc Ninh", "T20-CA", START);
        long parent = registry.id("T20-CA");
        Fixtures.as(bacNinhAdmin(), () -> {
            refused(() -> administration.create(new CreateOrganization("SC-HN-CODE", OrganizationKind.POLICE_UNIT,
                    "Phòng thử", null, null, parent, START)), 400, "organization.code.unusable");
            refused(() -> administration.create(new CreateOrganization("SC-BN-CODE", OrganizationKind.POLICE_UNIT,
                    "Phòng thử", null, null, parent, START)), 400, "organization.code.taken");
            return null;
        });
    }

    @Test
    void pagingParametersAreClampedAndNeverGive500() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        for (String path : new String[] { "/admin/users", "/admin/audit" }) {
            for (String page : new String[] { "2147483647", "-2147483648", "-1", "0", "99999999" }) {
                assertThat(mvc.perform(get(path).param("page", page).with(as(admin))).andReturn().getResponse()
                        .getStatus()).as(path + "?page=" + page).isEqualTo(200);
            }
            for (String page : new String[] { "abc", "1e9", "99999999999999999999" }) {
                assertThat(mvc.perform(get(path).param("page", page).with(as(admin))).andReturn().getResponse()
                        .getStatus()).as(path + "?page=" + page).isEqualTo(400);
            }
        }
        Fixtures.as(admin, () -> {
            assertThat(accounts.search("", Integer.MAX_VALUE, Integer.MAX_VALUE).getSize()).isEqualTo(Paging.MAX_SIZE);
            assertThat(accounts.search("", -3, -3).getNumber()).isZero();
            AuditTrail.AuditPage page = audit.search(new AuditFilter(null, null, null, null, null),
                    Integer.MAX_VALUE, 0);
            assertThat(page.page()).isEqualTo(Paging.MAX_PAGE);
            assertThat(page.size()).isEqualTo(1);
            assertThat(page.entries()).isEmpty();
            return null;
        });
    }

    private long rows(String target) {
        return audit.search(new AuditFilter(null, null, target, null, null), 0, 50).total();
    }

    private static CreateUser newUser(String username, long organizationId, Set<Role> roles, Clearance clearance) {
        return new CreateUser(username, "Người dùng " + username, null, organizationId, roles, clearance,
                Fixtures.PASSWORD);
    }

    private static void refused(ThrowingCallable action, int status, String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.status()).isEqualTo(status);
            assertThat(ex.messageKey()).isEqualTo(messageKey);
        });
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
