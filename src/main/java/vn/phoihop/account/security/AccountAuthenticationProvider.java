package vn.phoihop.account.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.platform.Texts;
import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.user.UserAccount;
import vn.phoihop.account.user.UserAccountRepository;

/**
 * Signs users in, for the login page and the API token endpoint alike: throttling, password, account state and
 * the optional one-time code, in that order. Every attempt, successful or not, lands in the audit trail. The
 * messages do not tell an unknown account from a wrong password.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final String dummyHash;

    AccountAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            TwoFactor twoFactor, AuditTrail audit, TransactionTemplate transactions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.audit = audit;
        this.transactions = transactions;
        this.dummyHash = passwordEncoder.encode("timing-equaliser-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Texts.nfc(String.valueOf(authentication.getName())).toLowerCase(Locale.ROOT);
        String password = Texts.nfc(String.valueOf(authentication.getCredentials()));
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d : new LoginDetails(null, null);
        String address = details.remoteAddress();

        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            inTransaction(() -> audit.recordAs(username, "LOGIN_REFUSED_LOCKED", "user", username, null));
            throw new LoginRefusedException("login.error.locked", minutesUntil(locked.get()));
        }
        Optional<UserAccount> account = users.findByUsername(username);
        boolean passwordMatches = passwordEncoder.matches(password,
                account.map(UserAccount::passwordHash).orElse(dummyHash)) && account.isPresent();
        if (!passwordMatches) {
            throw failure(username, address, "LOGIN_FAILED", "login.error.badCredentials");
        }
        UserAccount user = account.get();
        if (!user.enabled()) {
            inTransaction(() -> audit.recordAs(username, "LOGIN_REFUSED_DISABLED", "user", username, null));
            throw new LoginRefusedException("login.error.disabled");
        }
        if (user.totpEnabled()) {
            if (details.code() == null || details.code().isBlank()) {
                inTransaction(() -> audit.recordAs(username, "LOGIN_CODE_REQUIRED", "user", username, null));
                throw new LoginRefusedException("login.error.codeRequired");
            }
            if (!twoFactor.matches(user.totpSecret(), details.code().strip())) {
                throw failure(username, address, "LOGIN_FAILED_CODE", "login.error.badCode");
            }
        }
        inTransaction(() -> {
            throttle.reset(username);
            audit.recordAs(username, "LOGIN_SUCCEEDED", "user", username, null);
        });
        CurrentUser principal = user.toCurrentUser();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        result.setDetails(details);
        return result;
    }

    private LoginRefusedException failure(String username, String address, String action, String messageKey) {
        Optional<Instant> lockedNow = transactions.execute(status -> {
            Optional<Instant> lock = throttle.recordFailure(username, address);
            audit.recordAs(username, action, "user", username, lock.map(until -> "locked until " + until).orElse(null));
            return lock;
        });
        if (lockedNow != null && lockedNow.isPresent()) {
            return new LoginRefusedException("login.error.locked", minutesUntil(lockedNow.get()));
        }
        return new LoginRefusedException(messageKey);
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private static long minutesUntil(Instant until) {
        return Math.max(1, (Duration.between(Instant.now(), until).getSeconds() + 59) / 60);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
