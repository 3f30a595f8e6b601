/**
 * Implementation tracking (Decision 90-QĐ/TW; Resolution 12-NQ/TW and Plan 118-KH/ĐUCA): plans attached to a source
 * (a directive document of the register, or a generic link that conferences and consultations feed), task groups,
 * tasks with targets and milestones, assignments to organisations that follow the registry's reorganisations,
 * progress with evidence accepted or returned by the assigning side, escalation of late tasks, the province × task
 * group dashboard and the review reports (sơ kết, tổng kết) whose numbers equal the dashboard's.
 *
 * <p>Sub-packages by capability: {@code plan} (plans, task groups, tasks, milestones), {@code assignment}
 * (assignments, “all provinces as of a date”, carriers across reorganisations, and the reading and writing rule
 * {@code TrackingAccess}), {@code progress} (updates, evidence, acceptance), {@code escalation} (overdue tasks,
 * reminders), {@code dashboard} (the matrix and its totals), {@code review} (review reports as DOCX), {@code demo},
 * and the adapters {@code web} and {@code rest} ({@code /api/v1/tracking}). The schema is
 * {@code db/migration/tracking}.
 *
 * <p>Access (ACCESS.md, “tracking”): an assignment is read by the assigning side (the plan's owner), by the readers
 * whose scope holds one of its carriers (the assignee's province, and so the province's Party committee: dual
 * leadership) and by central readers; progress is reported by the carrier's staff and accepted or returned by the
 * assigning side's staff or leader.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Implementation tracking")
package vn.phoihop.tracking;
