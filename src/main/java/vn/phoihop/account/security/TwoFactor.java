package vn.phoihop.account.security;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.user.UserAccount;
import vn.phoihop.account.user.UserAccountRepository;

/**
 * Optional time-based one-time codes (RFC 6238, 6 digits, 30 s) per user. A user turns it on by scanning the QR
 * code in an authenticator app and entering one code; from then on every sign-in needs a current code.
 */
@Service
@Transactional
public class TwoFactor {

    private final UserAccountRepository users;
    private final AuditTrail audit;
    private final CodeVerifier verifier;

    TwoFactor(UserAccountRepository users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
        DefaultCodeVerifier codeVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1),
                new SystemTimeProvider());
        codeVerifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codeVerifier;
    }

    /** Whether the signed-in user has two-factor sign-in on. */
    @Transactional(readOnly = true)
    public boolean enabledForCurrentUser() {
        return me().totpEnabled();
    }

    /** Starts (or restarts) enrolment for the signed-in user: a new secret, shown once as a QR code. */
    public Enrolment startEnrolment() {
        UserAccount account = me();
        if (account.totpEnabled()) {
            throw UserFacingException.invalid("totp.alreadyEnabled");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        account.startTotpEnrolment(secret);
        audit.record("TOTP_ENROLMENT_STARTED", "user", account.username(), null);
        QrData data = new QrData.Builder().label(account.username()).secret(secret).issuer("PhoiHop")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
        }
        catch (QrGenerationException ex) {
            return new Enrolment(secret, null);
        }
    }

    /** Turns two-factor sign-in on once the user proves their app produces the right codes. */
    public void confirm(String code) {
        UserAccount account = me();
        if (account.totpSecret() == null || !matches(account.totpSecret(), code)) {
            throw UserFacingException.invalid("totp.code.invalid");
        }
        account.confirmTotp();
        audit.record("TOTP_ENABLED", "user", account.username(), null);
    }

    /** Turns two-factor sign-in off; needs a current code. */
    public void disable(String code) {
        UserAccount account = me();
        if (!account.totpEnabled() || !matches(account.totpSecret(), code)) {
            throw UserFacingException.invalid("totp.code.invalid");
        }
        account.disableTotp();
        audit.record("TOTP_DISABLED", "user", account.username(), null);
    }

    boolean matches(String secret, String code) {
        return secret != null && code != null && code.matches("\\d{6}") && verifier.isValidCode(secret, code);
    }

    private UserAccount me() {
        return users.findById(CurrentUser.require().id()).orElseThrow();
    }

    /** A started enrolment: the secret (for manual entry) and a QR code image as a data URI. */
    public record Enrolment(String secret, String qrDataUri) {
    }
}
