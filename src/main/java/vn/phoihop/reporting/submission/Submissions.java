package vn.phoihop.reporting.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.platform.Hashes;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.submission.SubmissionValues.Checked;
import vn.phoihop.reporting.submission.SubmissionValues.Key;
import vn.phoihop.reporting.submission.SubmissionValues.Raw;
import vn.phoihop.reporting.submission.SubmissionValues.Value;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * The life of a submission on the reporting organisation's side: open the draft of (period, organisation) in the
 * template version in force on the period's first day, save values (draft or returned only; every actual change into
 * report_value_change), submit (values, status and event in one transaction, all or nothing; late after the due
 * date; refused from the lock date unless an exception runs until today or later, and for an organisation not
 * expected to report the period), resubmit after a return.
 *
 * <p>Every change locks the submission row and checks the version the user started from (409 when stale).
 * Idempotency: a request carrying a key (the API's {@code Idempotency-Key}, the form's one-time token) is stored with
 * its hash in report_idempotency under a transaction-scoped advisory lock on (actor, key), so a retry, a double click
 * or a concurrent duplicate gets the first outcome and stores nothing more; the same key with another request is
 * refused (422). Only the organisation's own staff may write ({@link ReportingAccess#mayEdit}).
 */
@Service
@Transactional
public class Submissions {

    private final JdbcClient jdbc;
    private final SubmissionStore store;
    private final TemplateCatalog catalog;
    private final ReportingPeriods periods;
    private final ReportingAccess access;

    Submissions(JdbcClient jdbc, SubmissionStore store, TemplateCatalog catalog, ReportingPeriods periods,
            ReportingAccess access) {
        this.jdbc = jdbc;
        this.store = store;
        this.catalog = catalog;
        this.periods = periods;
        this.access = access;
    }

    /**
     * What the API posts: the template and period by code, the organisation, values, and whether to submit (else the
     * values are saved in the draft).
     *
     * @param version the version the caller started from, or {@code null} (no stale check)
     */
    public record Post(String templateCode, String periodCode, Long organizationId, List<Raw> values, Boolean submit,
            Long version) {

        public Post {
            values = values == null ? List.of() : List.copyOf(values);
        }

        boolean submitting() {
            return Boolean.TRUE.equals(submit);
        }

        String hash() {
            StringBuilder text = new StringBuilder().append(templateCode).append('\u0001').append(periodCode)
                    .append('\u0001').append(organizationId).append('\u0001').append(submitting()).append('\u0001')
                    .append(version);
            values.stream().sorted(Comparator.comparing((Raw r) -> String.valueOf(r.indicator()))
                    .thenComparing(Raw::option)).forEach(r -> text.append('\u0002').append(r.indicator())
                            .append('\u0001').append(r.option()).append('\u0001').append(r.value()));
            return Hashes.sha256Hex(text.toString());
        }
    }

    /** The state after a write; {@code replayed} when an idempotency key had already been used for this request. */
    public record Outcome(long id, SubmissionStatus status, boolean late, long version, boolean replayed) {

        static Outcome of(SubmissionRow row, boolean replayed) {
            return new Outcome(row.id(), row.status(), row.late(), row.version(), replayed);
        }
    }

    /**
     * The API's write: opens the draft, saves the values and, when asked, submits, all in this transaction.
     *
     * @param idempotencyKey the request's key, or {@code null}
     * @throws InvalidValues (400) listing every refused value; nothing is stored
     */
    public Outcome post(Post post, String idempotencyKey) {
        requireStaff();
        if (post == null || blank(post.templateCode()) || blank(post.periodCode()) || post.organizationId() == null) {
            throw UserFacingException.invalid("reporting.submission.requestIncomplete");
        }
        TemplateHeader template = catalog.findByCode(post.templateCode())
                .orElseThrow(() -> UserFacingException.invalid("reporting.submission.templateUnknown", post.templateCode()));
        Period period = periods.findByCode(template.id(), post.periodCode())
                .orElseThrow(() -> UserFacingException.invalid("reporting.submission.periodUnknown", post.periodCode()));
        access.requireEditable(post.organizationId());
        return idempotent(idempotencyKey, post.hash(), () -> {
            SubmissionRow row = store.lock(openDraft(period, post.organizationId()), post.version());
            row = write(row, post.values(), post.submitting());
            return post.submitting() ? submitLocked(row, period) : row;
        });
    }

    /**
     * The draft of {@code periodId} for {@code organizationId}: the existing submission, or a new draft.
     *
     * @return the submission's id
     */
    public long open(long periodId, long organizationId) {
        access.requireEditable(organizationId);
        Period period = periods.find(periodId)
                .orElseThrow(() -> UserFacingException.notFound("reporting.submission.periodNotFound"));
        return openDraft(period, organizationId);
    }

    /**
     * Saves values of a draft or returned submission (no required flags or rules: a draft may be incomplete).
     *
     * @throws InvalidValues (400) when a value is refused; nothing is stored
     */
    public Outcome save(long id, Long expectedVersion, List<Raw> values) {
        SubmissionRow row = editableLocked(id, expectedVersion);
        return Outcome.of(write(row, values, false), false);
    }

    /**
     * Saves {@code values} and submits, all or nothing; a repeated {@code token} (a double click) gets the first
     * outcome.
     *
     * @throws InvalidValues (400) when a value, a required flag or a rule fails; nothing is stored
     */
    public Outcome submit(long id, Long expectedVersion, List<Raw> values, String token) {
        SubmissionRow current = readable(id);
        access.requireEditable(current.organizationId());
        String hash = Hashes.sha256Hex("form-submit\u0001" + id);
        return idempotent(token == null ? null : "form:" + token, hash, () -> {
            SubmissionRow row = editableLocked(id, expectedVersion);
            Period period = periods.find(row.periodId()).orElseThrow();
            return submitLocked(write(row, values, true), period);
        });
    }

    private interface Work {
        SubmissionRow run();
    }

    private Outcome idempotent(String key, String hash, Work work) {
        if (key == null || key.isBlank()) {
            return Outcome.of(work.run(), false);
        }
        if (key.length() > 100 || !key.matches("[\\x21-\\x7E]+")) {
            throw UserFacingException.invalid("reporting.submission.keyInvalid");
        }
        String actor = access.user().getUsername();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:k, 7))").param("k", actor + "\u0001" + key)
                .query().listOfRows();
        var earlier = jdbc.sql("SELECT request_hash, submission_id FROM report_idempotency WHERE actor = :a AND key = :k")
                .param("a", actor).param("k", key).query().listOfRows();
        if (!earlier.isEmpty()) {
            if (!hash.equals(earlier.get(0).get("request_hash"))) {
                throw new UserFacingException(422, "reporting.submission.keyReused");
            }
            long id = ((Number) earlier.get(0).get("submission_id")).longValue();
            return Outcome.of(store.find(id).orElseThrow(), true);
        }
        SubmissionRow row = work.run();
        jdbc.sql("INSERT INTO report_idempotency (actor, key, request_hash, submission_id) VALUES (:a, :k, :h, :s)")
                .param("a", actor).param("k", key).param("h", hash).param("s", row.id()).update();
        return Outcome.of(row, false);
    }

    private long openDraft(Period period, long organizationId) {
        if (!periods.expects(period.id(), organizationId)) {
            throw UserFacingException.conflict("reporting.submission.notExpected", period.name());
        }
        long version = catalog.versionIdInForce(period.templateId(), period.startsOn());
        String actor = access.user().getUsername();
        Long created = jdbc.sql("INSERT INTO report_submission (period_id, template_version_id, organization_id, status,"
                + " created_by) VALUES (:p, :v, :org, 'DRAFT', :actor)"
                + " ON CONFLICT (period_id, organization_id) DO NOTHING RETURNING id").param("p", period.id())
                .param("v", version).param("org", organizationId).param("actor", actor).query(Long.class)
                .optional().orElse(null);
        if (created != null) {
            store.event(created, "CREATED", actor, false, null);
            return created;
        }
        return jdbc.sql("SELECT id FROM report_submission WHERE period_id = :p AND organization_id = :org")
                .param("p", period.id()).param("org", organizationId).query(Long.class).single();
    }

    private SubmissionRow readable(long id) {
        SubmissionRow row = store.find(id)
                .orElseThrow(() -> UserFacingException.notFound("reporting.submission.notFound"));
        Period period = periods.find(row.periodId()).orElseThrow();
        TemplateHeader template = catalog.find(period.templateId()).orElseThrow();
        access.requireReadable(row.organizationId(), row.status(), template.unacceptedVisible());
        return row;
    }

    private SubmissionRow editableLocked(long id, Long expectedVersion) {
        SubmissionRow current = readable(id);
        access.requireEditable(current.organizationId());
        return store.lock(id, expectedVersion);
    }

    /** Checks and stores {@code raw} on the locked {@code row}; only changed values are written and recorded. */
    private SubmissionRow write(SubmissionRow row, List<Raw> raw, boolean submitting) {
        if (!row.status().editable()) {
            throw UserFacingException.conflict("reporting.submission.notEditable." + row.status().name());
        }
        TemplateVersion version = catalog.version(row.templateVersionId());
        Map<Key, Value> stored = values(row.id());
        Checked checked = SubmissionValues.check(version, stored, raw, submitting);
        if (!checked.ok()) {
            throw new InvalidValues(checked.problems());
        }
        String actor = access.user().getUsername();
        int changes = 0;
        for (Map.Entry<Key, Value> e : checked.values().entrySet()) {
            Value before = stored.get(e.getKey());
            Value after = e.getValue();
            if (SubmissionValues.same(before, after)) {
                continue;
            }
            changes++;
            store(row.id(), e.getKey(), after);
            jdbc.sql("INSERT INTO report_value_change (submission_id, indicator_code, option_code, old_value, new_value,"
                    + " changed_by) VALUES (:s, :i, :o, :old, :new, :actor)").param("s", row.id())
                    .param("i", e.getKey().indicator()).param("o", e.getKey().option())
                    .param("old", before == null ? null : before.display())
                    .param("new", after == null ? null : after.display()).param("actor", actor).update();
        }
        if (changes == 0) {
            return row;
        }
        jdbc.sql("UPDATE report_submission SET version = version + 1, updated_by = :actor, updated_at = now()"
                + " WHERE id = :id").param("actor", actor).param("id", row.id()).update();
        return store.find(row.id()).orElseThrow();
    }

    private void store(long submissionId, Key key, Value value) {
        if (value == null) {
            jdbc.sql("DELETE FROM report_value WHERE submission_id = :s AND indicator_code = :i AND option_code = :o")
                    .param("s", submissionId).param("i", key.indicator()).param("o", key.option()).update();
            return;
        }
        jdbc.sql("INSERT INTO report_value (submission_id, indicator_code, option_code, number_value, text_value,"
                + " date_value) VALUES (:s, :i, :o, :n, :t, :d) ON CONFLICT (submission_id, indicator_code, option_code)"
                + " DO UPDATE SET number_value = EXCLUDED.number_value, text_value = EXCLUDED.text_value,"
                + " date_value = EXCLUDED.date_value").param("s", submissionId).param("i", key.indicator())
                .param("o", key.option()).param("n", value.number()).param("t", value.text())
                .param("d", value.date()).update();
    }

    private SubmissionRow submitLocked(SubmissionRow row, Period period) {
        if (!row.status().editable()) {
            throw UserFacingException.conflict("reporting.submission.notEditable." + row.status().name());
        }
        if (!periods.expects(period.id(), row.organizationId())) {
            throw UserFacingException.conflict("reporting.submission.notExpected", period.name());
        }
        LocalDate today = VietnamTime.today();
        if (period.lockedAt(today)) {
            LocalDate until = periods.exceptionUntil(period.id(), row.organizationId()).orElse(null);
            if (until == null || until.isBefore(today)) {
                throw UserFacingException.conflict("reporting.submission.locked", period.name(), period.lockedOn());
            }
        }
        boolean late = row.firstSubmittedAt() == null ? period.lateOn(today) : row.late();
        String action = row.status() == SubmissionStatus.RETURNED ? "RESUBMITTED" : "SUBMITTED";
        String actor = access.user().getUsername();
        jdbc.sql("UPDATE report_submission SET status = 'SUBMITTED', late = :late, first_submitted_at ="
                + " coalesce(first_submitted_at, now()), submitted_at = now(), submitted_by = :actor,"
                + " version = version + 1, updated_by = :actor, updated_at = now() WHERE id = :id")
                .param("late", late).param("actor", actor).param("id", row.id()).update();
        store.event(row.id(), action, actor, late, null);
        return store.find(row.id()).orElseThrow();
    }

    /** The stored values of a submission, by key. */
    public Map<Key, Value> values(long submissionId) {
        Map<Key, Value> values = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator_code, option_code, number_value, text_value, date_value FROM report_value"
                + " WHERE submission_id = :s").param("s", submissionId).query(rs -> {
                    values.put(new Key(rs.getString(1), rs.getString(2)),
                            new Value(rs.getBigDecimal(3), rs.getString(4), rs.getObject(5, LocalDate.class)));
                });
        return values;
    }

    private void requireStaff() {
        CurrentUser user = access.user();
        if (!access.staff(user)) {
            throw new AccessDeniedException("no reporting role");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The raw values of a form: parameters named {@code v:CODE:OPTION} (see {@link Key#field()}). */
    public static List<Raw> fromForm(Map<String, String> parameters) {
        List<Raw> raw = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("v:")) {
                int colon = name.indexOf(':', 2);
                raw.add(colon < 0 ? new Raw(name.substring(2), "", value)
                        : new Raw(name.substring(2, colon), name.substring(colon + 1), value));
            }
        });
        return raw;
    }
}
