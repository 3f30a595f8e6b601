package vn.phoihop.organization.reorganization;

import vn.phoihop.organization.Scope;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.OrganizationDirectory;
import vn.phoihop.organization.registry.OrganizationView;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.scope.Scopes;
import vn.phoihop.organization.spi.Actor;

/**
 * What the reorganisation wizard offers for a subject: the organisations it may be merged with (its siblings of
 * the same kind), the organisations it may be moved under (those of its parent's kind) and its own units (for a
 * split). Administrators only, and only for a subject they may change; the plan itself is checked again by
 * {@link Reorganizations}.
 */
@Service
@Transactional(readOnly = true)
public class ReorganizationChoices {

    private final Access access;
    private final OrganizationDirectory directory;

    ReorganizationChoices(Access access, OrganizationDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    /** The choices around {@code subjectId} among the organisations in force on {@code date}. */
    public Choices around(Long subjectId, LocalDate date) {
        Actor actor = access.requireAdministrator();
        if (subjectId == null) {
            throw UserFacingException.invalid("reorganization.subjects.required");
        }
        Scope scope = access.scope(actor);
        OrganizationView subject = directory.get(subjectId, date);
        access.requireWritable(actor, scope, subjectId, subject.kind());
        List<OrganizationView> siblings = subject.parentId() == null ? List.of()
                : directory.list(date, subject.kind(), subject.parentId());
        List<OrganizationView> parents = List.of();
        if (subject.parentId() != null) {
            OrganizationKind parentKind = directory.get(subject.parentId(), date).kind();
            parents = directory.list(date, parentKind, null);
        }
        return new Choices(subject, siblings, parents, directory.list(date, null, subjectId));
    }

    /**
     * @param siblings organisations of the subject's kind under the same parent (the subject included)
     * @param parents organisations of the parent's kind, possible new parents
     * @param units the subject's own units
     */
    public record Choices(OrganizationView subject, List<OrganizationView> siblings, List<OrganizationView> parents,
            List<OrganizationView> units) {
    }
}
