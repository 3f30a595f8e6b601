package vn.phoihop.tracking;

import java.time.LocalDate;

/**
 * The tracking module's entry point for other modules: a conference conclusion or a consultation follow-up becomes a
 * plan whose tasks are then assigned and tracked. The plan is owned by the acting user's organisation, which must be
 * allowed to plan (central staff for a central body, the staff of a provincial-level organisation).
 */
public interface TrackingPlans {

    /**
     * Creates a plan from {@code source} and returns its id.
     *
     * @param endsOn the plan's last day, or {@code null} when open-ended
     * @throws vn.phoihop.platform.UserFacingException (400) for a missing title, an unreadable document, a first day
     *     after the last, or an oversized text
     */
    long createPlan(PlanSource source, String title, String summary, LocalDate startsOn, LocalDate endsOn);
}
