package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.user.UserCommands.CreateUser;
import vn.phoihop.account.user.UserCommands.ResetPassword;
import vn.phoihop.account.user.UserCommands.UpdateUser;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.CookieSession;
import vn.phoihop.support.Fixtures;
import vn.phoihop.account.user.AccountSetup;
import vn.phoihop.account.user.Accounts;
import vn.phoihop.account.user.UserView;

/** Account administration through the service and the pages: audit, scope, self-protection, sessions. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdministrationTests {

    @Autowired Accounts accounts;
    @Autowired AuditTrail audit;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    @Test
    void aUserCreatedByAnAdminAppearsInTheAuditTrailWithWhoAndWhen() {
        Instant before = Instant.now().minusSeconds(1);
        UserView created = fixtures.user("audited.creation", "T01-CA", Role.PROVINCE_POLICE_STAFF);
        AuditTrail.AuditPage page = Fixtures.as(fixtures.demoAdmin(), () -> audit.search(
                new AuditTrail.AuditFilter("admin", "USER_CREATED", created.username(), null, null), 0, 10));
        assertThat(page.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.targetType()).isEqualTo("user");
            assertThat(entry.targetId()).isEqualTo("audited.creation");
            assertThat(entry.occurredAt()).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
        });
    }

    @Test
    void passwordsHaveEightToOneHundredTwentyEightCharacters() {
        long org = fixtures.user("pw.probe", "T20-CA", Role.VIEWER).organizationId();
        Fixtures.as(fixtures.demoAdmin(), () -> {
            assertThatThrownBy(() -> accounts.create(new CreateUser("pw.short", "Ngắn", null, org,
                    EnumSet.of(Role.VIEWER), Clearance.NONE, "1234567")))
                    .isInstanceOf(UserFacingException.class).hasMessage("password.length");
            assertThatThrownBy(() -> accounts.create(new CreateUser("pw.long", "Dài", null, org,
                    EnumSet.of(Role.VIEWER), Clearance.NONE, "x".repeat(129))))
                    .isInstanceOf(UserFacingException.class);
            transactions.executeWithoutResult(s -> {
                accounts.create(new CreateUser("pw.eight", "Tám", null, org, EnumSet.of(Role.VIEWER), Clearance.NONE,
                        "12345678"));
                accounts.create(new CreateUser("pw.max", "Tối đa", null, org, EnumSet.of(Role.VIEWER),
                        Clearance.NONE, "ư".repeat(128)));
                s.setRollbackOnly();
            });
            return null;
        });
    }

    @Test
    void anAdminCannotChangeTheirOwnRoleOrganisationOrClearance() {
        UserView admin = fixtures.user("self.admin", "CTDCT", EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE);
        Fixtures.as(Fixtures.principal(admin), () -> {
            assertThatThrownBy(() -> accounts.update(admin.id(), new UpdateUser(admin.fullName(), null,
                    admin.organizationId(), EnumSet.of(Role.SYSTEM_ADMIN, Role.CENTRAL_STAFF), Clearance.TOP_SECRET,
                    admin.version()))).isInstanceOfSatisfying(UserFacingException.class,
                    ex -> assertThat(ex.status()).isEqualTo(403)).hasMessage("user.self.access");
            return null;
        });
    }

    @Test
    void aStaleEditIsRefusedWithAnExplanationAndChangesNothing() {
        UserView user = fixtures.user("stale.edit", "T20-CA", Role.VIEWER);
        Fixtures.as(fixtures.demoAdmin(), () -> {
            UserView fresh = accounts.get(user.id());
            accounts.update(user.id(), new UpdateUser("Tên mới", null, fresh.organizationId(), fresh.roles(),
                    fresh.clearance(), fresh.version()));
            assertThatThrownBy(() -> accounts.update(user.id(), new UpdateUser("Tên cũ hơn", null,
                    fresh.organizationId(), fresh.roles(), fresh.clearance(), fresh.version())))
                    .isInstanceOf(UserFacingException.class).hasMessage("error.concurrentEdit");
            assertThat(accounts.get(user.id()).fullName()).isEqualTo("Tên mới");
            return null;
        });
    }

    @Test
    void aProvincialAdminSeesOnlyTheirProvincesAccounts() {
        UserView provincialAdmin = fixtures.user("admin.bacninh", "T20-CA", EnumSet.of(Role.SYSTEM_ADMIN), Clearance.NONE);
        UserView hanoi = fixtures.user("someone.hanoi", "T01-TU", Role.VIEWER);
        Fixtures.as(Fixtures.principal(provincialAdmin), () -> {
            assertThat(accounts.search("someone", 0, 50).getContent()).extracting(UserView::username)
                    .doesNotContain("someone.hanoi");
            assertThatThrownBy(() -> accounts.get(hanoi.id())).isInstanceOf(UserFacingException.class)
                    .hasMessage("user.notFound");
            assertThat(accounts.assignableOrganizations()).allSatisfy(o -> assertThat(o.provinceId()).isNotNull());
            return null;
        });
    }

    @Test
    void searchIgnoresDiacritics() {
        fixtures.user("dau.tieng.viet", "T20-CA", Role.VIEWER);
        Fixtures.as(fixtures.demoAdmin(), () -> {
            assertThat(accounts.search("nguoi dung dau", 0, 10).getContent()).extracting(UserView::username)
                    .contains("dau.tieng.viet");
            return null;
        });
    }

    @Test
    void disablingAUserEndsTheirSessionsAndStopsSignIn() throws Exception {
        UserView user = fixtures.user("to.be.disabled", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        CookieSession browser = new CookieSession(mvc);
        browser.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD).with(csrf()));
        assertThat(browser.status(get("/"))).isEqualTo(200);

        Fixtures.as(fixtures.demoAdmin(), () -> {
            transactions.executeWithoutResult(s -> accounts.disable(user.id()));
            return null;
        });

        assertThat(browser.status(get("/"))).isEqualTo(302);
        CookieSession again = new CookieSession(mvc);
        again.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD).with(csrf()));
        assertThat(again.body(get("/login"))).contains("Tài khoản đã bị vô hiệu hóa");
    }

    @Test
    void resettingAPasswordEndsSessionsAndTheNewPasswordWorks() throws Exception {
        UserView user = fixtures.user("reset.me", "T20-CA", Role.VIEWER);
        Fixtures.as(fixtures.demoAdmin(), () -> {
            transactions.executeWithoutResult(s -> accounts.resetPassword(user.id(), new ResetPassword("mật khẩu mới 2026")));
            return null;
        });
        CookieSession browser = new CookieSession(mvc);
        browser.perform(post("/login").param("username", "reset.me").param("password", "mật khẩu mới 2026").with(csrf()));
        assertThat(browser.status(get("/"))).isEqualTo(200);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        fixtures.user("audit.probe", "T20-CA", Role.VIEWER);
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone-else' WHERE target_id = 'audit.probe'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event WHERE target_id = 'audit.probe'").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verifyingTheChainFindsAChangedOrAMissingRow() {
        fixtures.user("tamper.probe", "T20-CA", Role.VIEWER);
        assertThat(Fixtures.as(fixtures.demoAdmin(), () -> audit.verify()).intact()).isTrue();
        transactions.executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update").update();
            jdbc.sql("UPDATE audit_event SET details = 'sửa lén' WHERE target_id = 'tamper.probe'").update();
            AuditTrail.AuditVerification changed = audit.verifyChain();
            assertThat(changed.intact()).isFalse();
            assertThat(changed.problem()).contains("changed");
            s.setRollbackOnly();
        });
        transactions.executeWithoutResult(s -> {
            jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update").update();
            jdbc.sql("DELETE FROM audit_event WHERE seq = 2").update();
            assertThat(audit.verifyChain().problem()).contains("missing");
            s.setRollbackOnly();
        });
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void theAuditPageFiltersAndPages() throws Exception {
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 60; i++) {
                audit.recordAs("pager.probe", "PAGER_PROBE", "probe", i, null);
            }
        });
        CookieSession admin = new CookieSession(mvc);
        admin.perform(post("/login").param("username", "admin").param("password", AccountSetup.DEMO_PASSWORD).with(csrf()));
        String first = admin.body(get("/admin/audit").param("action", "PAGER_PROBE").param("from", "01/01/2026"));
        assertThat(first).contains("Có 60 bản ghi.").contains("Trang 1/2").contains("page=1");
        String second = admin.body(get("/admin/audit").param("action", "PAGER_PROBE").param("page", "1"));
        assertThat(second).contains("Trang 2/2");
        assertThat(admin.status(get("/admin/audit").param("from", "31-12-2026"))).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsReadTheAuditTrail() {
        UserView central = fixtures.user("central.reader", "CTDCT", Role.CENTRAL_STAFF);
        Fixtures.as(Fixtures.principal(central), () -> {
            assertThatThrownBy(() -> audit.search(new AuditTrail.AuditFilter(null, null, null, null, null), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }
}
