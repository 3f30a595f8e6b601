-- Reporting load benchmark check (bench/reporting-load/run.sh): every expected reporter's submission stored exactly
-- once, none lost, one idempotency record per reporter, no value stored twice. Prints one line per check and fails
-- (ON_ERROR_STOP) when one does not hold.
\set ON_ERROR_STOP on
SELECT count(*) AS expected,
       (SELECT count(*) FROM report_submission s WHERE s.period_id = p.id) AS stored,
       (SELECT count(DISTINCT s.organization_id) FROM report_submission s WHERE s.period_id = p.id) AS organisations,
       (SELECT count(*) FROM report_submission s WHERE s.period_id = p.id AND s.status = 'SUBMITTED') AS submitted,
       (SELECT count(*) FROM report_idempotency i JOIN report_submission s ON s.id = i.submission_id
        WHERE s.period_id = p.id) AS idempotency_keys,
       (SELECT count(*) FROM report_value v JOIN report_submission s ON s.id = v.submission_id
        WHERE s.period_id = p.id) AS "values",
       (SELECT count(*) FROM report_submission_event e JOIN report_submission s ON s.id = e.submission_id
        WHERE s.period_id = p.id AND e.action = 'SUBMITTED') AS submitted_events
FROM report_template t JOIN report_period p ON p.template_id = t.id
JOIN report_assignment a ON a.template_id = t.id
WHERE t.code = 'LOAD_BENCH'
GROUP BY p.id
\gset
\echo expected :expected stored :stored organisations :organisations submitted :submitted idempotency :idempotency_keys values :values submitted_events :submitted_events
SELECT (:stored = :expected AND :organisations = :expected AND :submitted = :expected
        AND :idempotency_keys = :expected AND :values = 3 * :expected AND :submitted_events = :expected) AS ok
\gset
\if :ok
\echo 'CHECK OK: every submission stored exactly once, none lost'
\else
\echo 'CHECK FAILED: stored submissions do not match the expected reporters'
SELECT 1/0;
\endif
