package vn.phoihop.account.registry;

import java.util.Collection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.spi.OrganizationAuditLog;
import vn.phoihop.account.AuditTrail;

/** The organisation registry's changes go to the audit trail, in the transaction of the change. */
@Component
class RegistryAudit implements OrganizationAuditLog {

    private final AuditTrail audit;

    RegistryAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String details) {
        audit.record(action, targetType, targetId, details);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String targetType, Object targetId, String details,
            Collection<Long> organizationIds) {
        audit.record(action, targetType, targetId, details, organizationIds);
    }
}
