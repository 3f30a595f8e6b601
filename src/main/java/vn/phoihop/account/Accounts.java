package vn.phoihop.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.UserCommands.CreateUser;
import vn.phoihop.account.UserCommands.ResetPassword;
import vn.phoihop.account.UserCommands.UpdateUser;
import vn.phoihop.account.security.UserSessions;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;

/**
 * Account administration and the user's own settings. Every method checks, here in the service layer, that the
 * acting user is a system administrator whose scope contains the account (or, for own settings, is that user),
 * and records the change in the audit trail in the same transaction.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccountRepository users;
    private final Organizations organizations;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final UserSessions sessions;
    private final ApiTokens tokens;

    Accounts(UserAccountRepository users, Organizations organizations, PasswordEncoder passwordEncoder,
            AuditTrail audit, UserSessions sessions, ApiTokens tokens) {
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Accounts in the administrator's scope whose username or name contains {@code query}, ignoring diacritics. */
    @Transactional(readOnly = true)
    public Page<UserView> search(String query, int page, int size) {
        CurrentUser admin = requireAdmin();
        Optional<Set<Long>> scope = organizations.scopeOf(admin.organizationId());
        return users.search(scope.isEmpty(), scope.orElse(Set.of(-1L)), Texts.fold(query), PageRequest.of(page, size))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return view(inScope(requireAdmin(), id));
    }

    /** Organisations an administrator may assign accounts to. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> assignableOrganizations() {
        Optional<Set<Long>> scope = organizations.scopeOf(requireAdmin().organizationId());
        return organizations.all().stream().filter(o -> scope.map(s -> s.contains(o.id())).orElse(true)).toList();
    }

    public UserView create(CreateUser command) {
        CurrentUser admin = requireAdmin();
        String username = command.username().toLowerCase(Locale.ROOT);
        requireOrganizationInScope(admin, command.organizationId());
        PasswordPolicy.check(command.password());
        if (users.existsByUsername(username)) {
            throw UserFacingException.invalid("user.username.taken", username);
        }
        UserAccount account = users.saveAndFlush(new UserAccount(username, command.fullName(), command.email(),
                passwordEncoder.encode(command.password()), command.organizationId(), command.roles(),
                command.clearance()));
        audit.record("USER_CREATED", "user", account.username(), "organization=" + command.organizationId()
                + " roles=" + command.roles() + " clearance=" + command.clearance());
        return view(account);
    }

    public UserView update(long id, UpdateUser command) {
        CurrentUser admin = requireAdmin();
        UserAccount account = inScope(admin, id);
        if (account.version() != command.version()) {
            throw UserFacingException.conflict("error.concurrentEdit");
        }
        requireOrganizationInScope(admin, command.organizationId());
        boolean accessChanged = account.organizationId() != command.organizationId()
                || !account.roles().equals(command.roles()) || account.clearance() != command.clearance();
        if (accessChanged && admin.id() == id) {
            throw new AccessDeniedException("users may not change their own role, organisation or clearance");
        }
        account.update(command.fullName(), command.email(), command.organizationId(), command.roles(),
                command.clearance());
        users.saveAndFlush(account);
        audit.record("USER_UPDATED", "user", account.username(), "organization=" + command.organizationId()
                + " roles=" + command.roles() + " clearance=" + command.clearance());
        if (accessChanged) {
            endAccess(account);
        }
        return view(account);
    }

    public void disable(long id) {
        CurrentUser admin = requireAdmin();
        UserAccount account = inScope(admin, id);
        if (admin.id() == id) {
            throw UserFacingException.invalid("user.disable.self");
        }
        account.disable();
        audit.record("USER_DISABLED", "user", account.username(), null);
        endAccess(account);
    }

    public void enable(long id) {
        UserAccount account = inScope(requireAdmin(), id);
        account.enable();
        audit.record("USER_ENABLED", "user", account.username(), null);
    }

    public void resetPassword(long id, ResetPassword command) {
        UserAccount account = inScope(requireAdmin(), id);
        PasswordPolicy.check(command.password());
        account.changePasswordHash(passwordEncoder.encode(command.password()));
        audit.record("USER_PASSWORD_RESET", "user", account.username(), null);
        endAccess(account);
    }

    /** Ends every session and API token of the account; returns how many sessions ended. */
    public int endSessions(long id) {
        UserAccount account = inScope(requireAdmin(), id);
        int ended = endAccess(account);
        audit.record("USER_SESSIONS_ENDED", "user", account.username(), "sessions=" + ended);
        return ended;
    }

    /** The signed-in user's own language ("vi" or "en"). */
    public void changeOwnLocale(String locale) {
        CurrentUser me = CurrentUser.require();
        UserAccount account = users.findById(me.id()).orElseThrow();
        account.changeLocale(locale);
        audit.record("USER_LOCALE_CHANGED", "user", account.username(), locale);
    }

    private int endAccess(UserAccount account) {
        tokens.revokeAll(account.id());
        return sessions.endAll(account.username());
    }

    private UserView view(UserAccount account) {
        String orgName = organizations.find(account.organizationId()).map(OrganizationSummary::name).orElse("");
        return account.toView(orgName);
    }

    private static CurrentUser requireAdmin() {
        return CurrentUser.require().requireRole(Role.SYSTEM_ADMIN);
    }

    /** The account, if it lies in the admin's scope; otherwise "not found", so its existence is not revealed. */
    private UserAccount inScope(CurrentUser admin, long id) {
        return users.findById(id)
                .filter(u -> organizations.inScope(admin.organizationId(), u.organizationId()))
                .orElseThrow(() -> UserFacingException.notFound("user.notFound"));
    }

    private void requireOrganizationInScope(CurrentUser admin, long organizationId) {
        if (!organizations.inScope(admin.organizationId(), organizationId)) {
            throw UserFacingException.invalid("user.organization.outOfScope");
        }
    }
}
