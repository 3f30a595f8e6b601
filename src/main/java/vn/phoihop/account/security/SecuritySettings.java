package vn.phoihop.account.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session settings of the account module.
 *
 * @param maxFailures failed sign-ins in a row after which an account is locked
 * @param lockout how long the lock lasts
 * @param maxFailuresPerAddress failed sign-ins from one network address (any account) before it is locked
 * @param absoluteSessionTimeout how long a session may live after sign-in, however active
 * @param apiTokenLifetime how long an API bearer token is valid
 */
@ConfigurationProperties("phoihop.security")
public record SecuritySettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
        @DefaultValue("50") int maxFailuresPerAddress, @DefaultValue("12h") Duration absoluteSessionTimeout,
        @DefaultValue("8h") Duration apiTokenLifetime) {
}
