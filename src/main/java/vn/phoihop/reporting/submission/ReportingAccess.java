package vn.phoihop.reporting.submission;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * Who reads and writes what in reporting (ACCESS.md, "reporting"); every page, API call, list, count, roll-up and
 * export of the module decides through this class.
 * <ul>
 * <li><b>Draft and submit</b>: the staff (or leader) of the submitting organisation itself.</li>
 * <li><b>Accept and return</b> (the level above): for a provincial-level or central organisation, CENTRAL_STAFF or a
 * LEADER of a central body; for a unit below a provincial police force, a LEADER of that province's police force or
 * police party committee.</li>
 * <li><b>Read a submission</b>: a draft only its organisation; once submitted also its reviewers; once accepted
 * everyone whose scope holds the organisation (its province, the province's Party committee, central bodies). Before
 * acceptance, the organisation's scope beyond the reviewers reads it only when the template says
 * {@code unaccepted_visible}.</li>
 * <li><b>Roll-ups and completeness</b>: organisations within the reader's scope only ({@link #within}).</li>
 * </ul>
 * Refusals of something the reader may not even see are "not found" (its existence is not revealed).
 */
@Component
public class ReportingAccess {

    private static final Set<Role> STAFF = EnumSet.of(Role.CENTRAL_STAFF, Role.PROVINCE_PARTY_STAFF,
            Role.PROVINCE_POLICE_STAFF, Role.LEADER);

    private final Organizations organizations;

    ReportingAccess(Organizations organizations) {
        this.organizations = organizations;
    }

    /** The acting user. */
    public CurrentUser user() {
        return CurrentUser.require();
    }

    /** The acting user's scope (national, or their province's lineage). */
    public Scope scope() {
        return organizations.scopeOf(user().organizationId());
    }

    /** The scope's SQL parameters ({@link Scope#within(String)}), for lists filtered inside the query. */
    public Map<String, Object> scopeParameters() {
        return scope().parameters();
    }

    /** Whether {@code organizationId} lies within the acting user's scope. */
    public boolean within(long organizationId) {
        return organizations.inScope(user().organizationId(), organizationId);
    }

    /** Whether the acting user may draft and submit for {@code organizationId}. */
    public boolean mayEdit(long organizationId) {
        CurrentUser user = user();
        return user.organizationId() == organizationId && staff(user);
    }

    /** Whether {@code user} holds a role that drafts or reviews reports (staff or leader; not viewers, not admins). */
    public boolean staff(CurrentUser user) {
        return user.roles().stream().anyMatch(STAFF::contains);
    }

    /**
     * Those of {@code organizationIds} whose reports the acting user may accept and return ({@link #mayReview}),
     * decided with one registry query for the whole list (a review queue).
     */
    public Set<Long> reviewable(Collection<Long> organizationIds) {
        CurrentUser user = user();
        OrganizationSummary own = organizations.find(user.organizationId()).orElse(null);
        if (own == null || organizationIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, OrganizationSummary> reporters = new HashMap<>(
                organizations.findAllAsOf(organizationIds, VietnamTime.today()));
        Set<Long> result = new HashSet<>();
        for (Long id : organizationIds) {
            OrganizationSummary reporter = reporters.computeIfAbsent(id, k -> organizations.find(k).orElse(null));
            if (reporter != null && reviews(user, own, reporter)) {
                result.add(id);
            }
        }
        return result;
    }

    /** Whether the acting user is at the level above {@code organizationId}: may accept and return its reports. */
    public boolean mayReview(long organizationId) {
        CurrentUser user = user();
        OrganizationSummary reporter = organizations.find(organizationId).orElse(null);
        OrganizationSummary own = organizations.find(user.organizationId()).orElse(null);
        return reporter != null && own != null && reviews(user, own, reporter);
    }

    private boolean reviews(CurrentUser user, OrganizationSummary own, OrganizationSummary reporter) {
        if (user.organizationId() == reporter.id()) {
            return false;
        }
        if (reporter.kind().central() || reporter.kind().provincialLevel()) {
            return own.kind().central() && (user.has(Role.CENTRAL_STAFF) || user.has(Role.LEADER));
        }
        return user.has(Role.LEADER) && (own.kind() == OrganizationKind.PROVINCIAL_POLICE
                || own.kind() == OrganizationKind.POLICE_PARTY_COMMITTEE) && within(reporter.id());
    }

    /**
     * Whether the acting user reads a submission of {@code organizationId} in {@code status}.
     *
     * @param unacceptedVisible the template's setting: levels above see submissions before acceptance
     */
    public boolean reads(long organizationId, SubmissionStatus status, boolean unacceptedVisible) {
        if (user().organizationId() == organizationId) {
            return true;
        }
        if (status == SubmissionStatus.DRAFT) {
            return false;
        }
        if (mayReview(organizationId)) {
            return true;
        }
        return (status == SubmissionStatus.ACCEPTED || unacceptedVisible) && within(organizationId);
    }

    /** Refuses ("not found") unless the acting user reads the submission. */
    public void requireReadable(long organizationId, SubmissionStatus status, boolean unacceptedVisible) {
        if (!reads(organizationId, status, unacceptedVisible)) {
            throw UserFacingException.notFound("reporting.submission.notFound");
        }
    }

    /** Refuses unless the acting user may draft and submit for {@code organizationId}. */
    public void requireEditable(long organizationId) {
        if (!mayEdit(organizationId)) {
            throw new AccessDeniedException("not a member of organisation " + organizationId);
        }
    }

    /** Refuses unless the acting user may accept and return reports of {@code organizationId}. */
    public void requireReviewer(long organizationId) {
        if (!mayReview(organizationId)) {
            throw new AccessDeniedException("not the level above organisation " + organizationId);
        }
    }
}
