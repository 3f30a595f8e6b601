package vn.phoihop.support;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.user.Accounts;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.user.UserCommands.CreateUser;
import vn.phoihop.account.user.UserView;
import vn.phoihop.organization.Organizations;

/**
 * Test fixtures that go through the real services: accounts are created by the demo administrator through
 * {@link Accounts}, so they pass the same validation and land in the audit trail.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "Mật-khẩu-thử-2025";

    private final Accounts accounts;
    private final Organizations organizations;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    Fixtures(Accounts accounts, Organizations organizations, PlatformTransactionManager transactionManager,
            JdbcClient jdbc) {
        this.accounts = accounts;
        this.organizations = organizations;
        // Its own, committed transaction even inside a @Transactional test: the new account's audit row takes the
        // audit trail's lock, which a caller's open transaction would otherwise hold until the test ends.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
    }

    /** The user with this name, created (committed) on first use in the organisation with {@code orgCode}. */
    public UserView user(String username, String orgCode, Set<Role> roles, Clearance clearance) {
        return asAdmin(() -> {
            var existing = accounts.search(username, 0, 5).getContent().stream()
                    .filter(u -> u.username().equals(username)).findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
            long org = organizations.findByCode(orgCode).orElseThrow().id();
            return transactions.execute(s -> accounts.create(new CreateUser(username, "Người dùng " + username,
                    null, org, roles, clearance, PASSWORD)));
        });
    }

    public UserView user(String username, String orgCode, Role role) {
        return user(username, orgCode, EnumSet.of(role), Clearance.NONE);
    }

    /** The principal of an account, as it would be after sign-in. */
    public static CurrentUser principal(UserView user) {
        return new CurrentUser(user.id(), user.username(), user.fullName(), user.organizationId(), user.roles(),
                user.clearance(), user.locale());
    }

    /** The demo administrator (central scope). */
    public CurrentUser demoAdmin() {
        long org = organizations.findByCode("CTDCT").orElseThrow().id();
        long id = jdbc.sql("SELECT id FROM user_account WHERE username = 'admin'").query(Long.class).single();
        return new CurrentUser(id, "admin", "Nguyễn Văn Quản", org, EnumSet.of(Role.SYSTEM_ADMIN), Clearance.TOP_SECRET,
                "vi");
    }

    /** Runs {@code work} with {@code user} signed in, restoring the previous context afterwards. */
    public static <T> T as(CurrentUser user, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return as(demoAdmin(), work);
    }
}
