package vn.phoihop.account.user;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.user.UserCommands.CreateUser;
import vn.phoihop.account.user.UserCommands.ResetPassword;
import vn.phoihop.account.user.UserCommands.UpdateUser;
import vn.phoihop.account.security.UserSessions;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.account.security.ApiTokens;

/**
 * Account administration and the user's own settings. Every method checks, here in the service layer, that the
 * acting user is a system administrator whose scope contains the account (or, for own settings, is that user),
 * and records the change in the audit trail in the same transaction.
 *
 * <p>Nobody raises themselves, directly or through an account they created:
 * <ul>
 * <li>an account outside the administrator's scope does not exist for them (404), and a new or moved account's
 * organisation must lie within it;</li>
 * <li>roles and clearance are granted only as {@link GrantPolicy} allows (never above the granter's own);</li>
 * <li>an administrator changes (edits, disables, enables, resets the password of, ends the sessions of) only
 * accounts <em>at or below</em> themselves ({@link GrantPolicy#atOrBelow}), and never an account in their own
 * <em>creator chain</em>: every account records who created it ({@code created_by}), and the accounts that
 * created an administrator, directly or transitively, are out of that administrator's reach. That closes the
 * path the issue found, where an account created with more rights than its creator then raised the creator's
 * clearance;</li>
 * <li>nobody changes their own roles, organisation or clearance.</li>
 * </ul>
 * Each refusal is a {@link UserFacingException} with status 403 and a message saying why; nothing changes.
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
    private final GrantPolicy grants;

    Accounts(UserAccountRepository users, Organizations organizations, PasswordEncoder passwordEncoder,
            AuditTrail audit, UserSessions sessions, ApiTokens tokens, GrantPolicy grants) {
        this.grants = grants;
        this.users = users;
        this.organizations = organizations;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /**
     * Accounts in the administrator's scope whose username or name contains {@code query}, ignoring diacritics;
     * page and size are clamped ({@link Paging}), so any value gives a page (perhaps empty).
     */
    @Transactional(readOnly = true)
    public Page<UserView> search(String query, int page, int size) {
        CurrentUser admin = requireAdmin();
        Scope scope = organizations.scopeOf(admin.organizationId());
        Set<Long> within = organizations.idsWithin(scope);
        return users.search(scope.national(), within.isEmpty() ? Set.of(-1L) : within, Texts.fold(query),
                PageRequest.of(Paging.page(page), Paging.size(size))).map(this::view);
    }

    /** The roles the administrator may grant (for the forms' choices). */
    @Transactional(readOnly = true)
    public Set<Role> grantableRoles() {
        return grants.grantableRoles(requireAdmin());
    }

    /** The clearances the administrator may grant: up to their own. */
    public List<Clearance> grantableClearances() {
        return grants.grantableClearances(requireAdmin());
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        return view(inScope(requireAdmin(), id));
    }

    /** Organisations an administrator may assign accounts to. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> assignableOrganizations() {
        Scope scope = organizations.scopeOf(requireAdmin().organizationId());
        Set<Long> within = organizations.idsWithin(scope);
        return organizations.all().stream().filter(o -> scope.national() || within.contains(o.id())).toList();
    }

    public UserView create(CreateUser command) {
        CurrentUser admin = requireAdmin();
        String username = command.username().toLowerCase(Locale.ROOT);
        requireOrganizationInScope(admin, command.organizationId());
        grants.requireGrantable(admin, command.roles(), command.clearance());
        PasswordPolicy.check(command.password());
        if (users.existsByUsername(username)) {
            throw UserFacingException.invalid("user.username.taken", username);
        }
        UserAccount account = users.saveAndFlush(new UserAccount(username, command.fullName(), command.email(),
                passwordEncoder.encode(command.password()), command.organizationId(), command.roles(),
                command.clearance(), admin.id()));
        audit.record("USER_CREATED", "user", account.username(), "organization=" + command.organizationId()
                + " roles=" + command.roles() + " clearance=" + command.clearance());
        return view(account);
    }

    public UserView update(long id, UpdateUser command) {
        CurrentUser admin = requireAdmin();
        UserAccount account = manageable(admin, id);
        if (account.version() != command.version()) {
            throw UserFacingException.conflict("error.concurrentEdit");
        }
        boolean accessChanged = account.organizationId() != command.organizationId()
                || !account.roles().equals(command.roles()) || account.clearance() != command.clearance();
        if (accessChanged && admin.id() == id) {
            throw new UserFacingException(403, "user.self.access");
        }
        requireOrganizationInScope(admin, command.organizationId());
        grants.requireGrantable(admin, command.roles(), command.clearance());
        long formerOrganization = account.organizationId();
        account.update(command.fullName(), command.email(), command.organizationId(), command.roles(),
                command.clearance());
        users.saveAndFlush(account);
        audit.record("USER_UPDATED", "user", account.username(), "organization=" + command.organizationId()
                + " roles=" + command.roles() + " clearance=" + command.clearance(), List.of(formerOrganization));
        if (accessChanged) {
            endAccess(account);
        }
        return view(account);
    }

    public void disable(long id) {
        CurrentUser admin = requireAdmin();
        UserAccount account = manageable(admin, id);
        if (admin.id() == id) {
            throw UserFacingException.invalid("user.disable.self");
        }
        account.disable();
        audit.record("USER_DISABLED", "user", account.username(), null);
        endAccess(account);
    }

    public void enable(long id) {
        UserAccount account = manageable(requireAdmin(), id);
        account.enable();
        audit.record("USER_ENABLED", "user", account.username(), null);
    }

    public void resetPassword(long id, ResetPassword command) {
        UserAccount account = manageable(requireAdmin(), id);
        PasswordPolicy.check(command.password());
        account.changePasswordHash(passwordEncoder.encode(command.password()));
        audit.record("USER_PASSWORD_RESET", "user", account.username(), null);
        endAccess(account);
    }

    /** Ends every session and API token of the account; returns how many sessions ended. */
    public int endSessions(long id) {
        UserAccount account = manageable(requireAdmin(), id);
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

    /**
     * The account, if the administrator may change it: within scope (else 404), at or below them and not one of
     * the accounts that created them (else 403).
     */
    private UserAccount manageable(CurrentUser admin, long id) {
        UserAccount account = inScope(admin, id);
        if (!grants.atOrBelow(admin, account.roles(), account.clearance())) {
            throw new UserFacingException(403, "user.account.aboveOwn");
        }
        if (users.creatorsOf(admin.id()).contains(id)) {
            throw new UserFacingException(403, "user.account.creator");
        }
        return account;
    }

    private void requireOrganizationInScope(CurrentUser admin, long organizationId) {
        if (!organizations.inScope(admin.organizationId(), organizationId)) {
            throw UserFacingException.invalid("user.organization.outOfScope");
        }
    }
}
