/**
 * Accounts: users, their roles, organisation scope and clearance; sign-in (form, API token, optional TOTP),
 * throttling and sessions; the append-only audit trail ({@link vn.phoihop.account.AuditTrail}) that every module
 * writes to. Other modules ask {@link vn.phoihop.account.CurrentUser} who is acting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and audit")
package vn.phoihop.account;
