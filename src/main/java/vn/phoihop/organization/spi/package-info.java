/**
 * What the registry needs from the module that depends on it, stated as interfaces that the account module
 * implements (the registry must not use {@code vn.phoihop.account}, or the modules would form a cycle):
 * {@link vn.phoihop.organization.spi.OrganizationActors} (who acts: organisation and whether administrator),
 * {@link vn.phoihop.organization.spi.OrganizationAuditLog} (the audit trail, written in the caller's transaction)
 * and {@link vn.phoihop.organization.spi.OrganizationReferences} (what refers to organisations, e.g. user accounts,
 * for previews and undo). Exposed to other modules as the named interface {@code spi}.
 */
@org.springframework.modulith.NamedInterface("spi")
package vn.phoihop.organization.spi;
