package vn.phoihop.reporting.period;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.reporting.submission.ReportingAccess;

/**
 * Who runs the calendar (ACCESS.md: CENTRAL_STAFF "creates and runs the work: ... templates"): CENTRAL_STAFF or a
 * LEADER of a central body create ad hoc and thematic periods, generate periodic ones and assign templates. Lock
 * exceptions are granted by them or by the organisation's reviewer ({@link ReportingAccess#mayReview}). Reading the
 * calendar is open to every signed-in user; lists of organisations are cut to the reader's scope by the services.
 */
@Component
public class PeriodAccess {

    private final Organizations organizations;
    private final ReportingAccess reporting;

    PeriodAccess(Organizations organizations, ReportingAccess reporting) {
        this.organizations = organizations;
        this.reporting = reporting;
    }

    /** Whether the acting user runs the calendar. */
    public boolean runsCalendar() {
        CurrentUser user = CurrentUser.require();
        return (user.has(Role.CENTRAL_STAFF) || user.has(Role.LEADER)) && organizations.find(user.organizationId())
                .map(OrganizationSummary::kind).map(k -> k.central()).orElse(false);
    }

    /** Refuses (403) unless the acting user runs the calendar. */
    public CurrentUser requireCalendar() {
        if (!runsCalendar()) {
            throw new AccessDeniedException("not central staff");
        }
        return CurrentUser.require();
    }

    /** Whether the acting user may grant and revoke lock exceptions for {@code organizationId}. */
    public boolean grantsExceptions(long organizationId) {
        return runsCalendar() || reporting.mayReview(organizationId);
    }

    /** Whether the acting user may grant an exception to anyone at all (shows the form). */
    public boolean grantsAnyException() {
        CurrentUser user = CurrentUser.require();
        return runsCalendar() || user.has(Role.LEADER);
    }

    /** The reading rule for organisations named in lists: within the acting user's scope. */
    ReportingAccess reporting() {
        return reporting;
    }
}
