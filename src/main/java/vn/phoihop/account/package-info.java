/**
 * Accounts: users, their roles, organisation scope and clearance; sign-in (form, API token, optional TOTP),
 * throttling and sessions; the append-only audit trail that every module writes to.
 *
 * <h2>Where to look</h2>
 * This package is the module's contract: {@link vn.phoihop.account.CurrentUser} (who is acting: organisation,
 * roles, clearance), {@link vn.phoihop.account.Role}, {@link vn.phoihop.account.Clearance} and
 * {@link vn.phoihop.account.AuditTrail} (record an action in the caller's transaction). Internal sub-packages:
 * {@code user} (accounts, grants within the administrator's scope, set-up and housekeeping, reassignment after a
 * reorganisation), {@code security} (filter chains, sign-in, throttling, tokens, TOTP), {@code audit} (reading the
 * trail), {@code registry} (the registry's {@code spi}, implemented here), {@code web} and {@code rest} (adapters).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and audit")
package vn.phoihop.account;
