/**
 * Periodic information exchange (Decision 90-QĐ/TW: the staff agencies exchange information regularly): report
 * templates with versioned indicators and cross-field rules, periods with cut-off windows, due and lock dates,
 * submissions approved up the hierarchy, completeness and timeliness, reminders, and a national roll-up that counts
 * accepted numbers at once, by the hierarchy in force at each period or by today's.
 *
 * <p>Sub-packages by capability: {@code template} (templates, versions, indicators, rules; the designer),
 * {@code period} (periods, deadlines, dated assignments of reporters, lock exceptions, the calendar),
 * {@code submission} (drafts, submitting, value history, idempotency, the reading and writing rule
 * {@code ReportingAccess}), {@code review} (accepting and returning), {@code rollup} (totals kept inside the
 * acceptance transaction, the roll-up queries and exports), {@code completeness}, {@code reminder},
 * {@code exchange} (the offline XLSX form), {@code demo}, and the adapters {@code web} and {@code rest}
 * ({@code /api/v1/reporting}). The schema is {@code db/migration/reporting}.
 *
 * <p>Access (ACCESS.md): a submission is read by its organisation, the levels above it and its province's Party
 * committee (the organisation's scope); before it is accepted only by its organisation and its reviewers, unless
 * the template lets higher levels see unaccepted data. Drafting and submitting: the organisation's staff; accepting
 * and returning: the level above (a LEADER of the provincial police for its units, CENTRAL_STAFF or a central
 * LEADER for the provinces).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Periodic reporting")
package vn.phoihop.reporting;
