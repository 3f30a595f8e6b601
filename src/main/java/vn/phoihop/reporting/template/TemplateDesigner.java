package vn.phoihop.reporting.template;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.reporting.template.TemplateCommands.EditTemplate;
import vn.phoihop.reporting.template.TemplateCommands.Publish;

/**
 * Designs templates: creates and edits a template's settings, opens a new draft version ("Tạo phiên bản mới", a copy
 * of the latest published one) and publishes it from a date, closing the version published before on the day
 * before. The draft's contents are {@link DraftEditor}'s. Everyone signed in reads templates; only CENTRAL_STAFF of
 * the template's owner organisation (the one that created it) writes (403 otherwise). Settings edits start from the
 * template's version and are refused (409) when another designer saved first; a published version is never edited.
 * A refusal changes nothing; every write is audited about the owner organisation.
 */
@Service
public class TemplateDesigner {

    private final JdbcClient jdbc;
    private final TemplateCatalog catalog;
    private final AuditTrail audit;
    private final Validator validator;

    TemplateDesigner(JdbcClient jdbc, TemplateCatalog catalog, AuditTrail audit, Validator validator) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.audit = audit;
        this.validator = validator;
    }

    /** Denies access (403) unless the signed-in user is central staff, who alone create templates. */
    public CurrentUser requireDesigner() {
        return CurrentUser.require().requireRole(Role.CENTRAL_STAFF);
    }

    /** Whether the signed-in user designs {@code template}: central staff of its owner organisation. */
    public boolean designs(TemplateHeader template) {
        return CurrentUser.find().filter(u -> u.has(Role.CENTRAL_STAFF) && u.organizationId() == template.ownerId())
                .isPresent();
    }

    /**
     * The template, for a designer of it.
     *
     * @throws UserFacingException (404) for an unknown template
     * @throws AccessDeniedException (403) for anyone else
     */
    public TemplateHeader requireDesignerOf(long templateId) {
        CurrentUser.require();
        TemplateHeader template = catalog.find(templateId)
                .orElseThrow(() -> UserFacingException.notFound("reporting.template.notFound"));
        if (!designs(template)) {
            throw new AccessDeniedException("not a designer of template " + templateId);
        }
        return template;
    }

    /** Creates a template owned by the designer's organisation, without versions yet. */
    @Transactional
    public long create(EditTemplate command) {
        CurrentUser user = requireDesigner();
        Settings s = settings(command);
        if (jdbc.sql("SELECT count(*) FROM report_template WHERE code = :c").param("c", s.code()).query(Long.class)
                .single() > 0) {
            throw TemplateRefusal.invalid("code", "reporting.template.code.taken", s.code());
        }
        long id = jdbc.sql("""
                INSERT INTO report_template (code, name, name_folded, description, frequency, owner_id, cutoff_day,
                    due_day, due_offset_months, lock_after_days, unaccepted_visible, reminder_days, active, created_by)
                VALUES (:code, :name, :folded, :description, :frequency, :owner, :cutoff, :due, :offset, :lock,
                    :visible, CAST(:reminders AS INT[]), :active, :user) RETURNING id
                """).params(s.parameters()).param("owner", user.organizationId()).param("user", user.getUsername())
                .query(Long.class).single();
        audit.record("reporting.template.created", "report_template", id, "code=" + s.code(),
                List.of(user.organizationId()));
        return id;
    }

    /** Saves the settings edited from {@code command.version()}; the code stays what it was (indicators refer to it). */
    @Transactional
    public void update(long templateId, EditTemplate command) {
        TemplateHeader template = requireDesignerOf(templateId);
        Settings s = settings(command);
        if (!s.code().equals(template.code())) {
            throw TemplateRefusal.invalid("code", "reporting.template.code.fixed");
        }
        if (command.version() == null) {
            throw TemplateRefusal.invalid("version", "reporting.template.version.required");
        }
        int updated = jdbc.sql("""
                UPDATE report_template SET name = :name, name_folded = :folded, description = :description,
                    frequency = :frequency, cutoff_day = :cutoff, due_day = :due, due_offset_months = :offset,
                    lock_after_days = :lock, unaccepted_visible = :visible, reminder_days = CAST(:reminders AS INT[]),
                    active = :active, version = version + 1, updated_by = :user, updated_at = now()
                WHERE id = :id AND version = :version
                """).params(s.parameters()).param("user", CurrentUser.require().getUsername()).param("id", templateId)
                .param("version", command.version()).update();
        if (updated == 0) {
            throw TemplateRefusal.stale();
        }
        audit.record("reporting.template.updated", "report_template", templateId, "code=" + s.code(),
                List.of(template.ownerId()));
    }

    /**
     * Opens the template's draft: a copy of its latest published version (sections, indicators, rules), or an empty
     * one for a template never published. Refused (409) while a draft exists.
     *
     * @return the draft's id
     */
    @Transactional
    public long newDraft(long templateId) {
        TemplateHeader template = requireDesignerOf(templateId);
        jdbc.sql("SELECT id FROM report_template WHERE id = :t FOR UPDATE").param("t", templateId).query(Long.class)
                .single();
        if (catalog.draft(templateId).isPresent()) {
            throw UserFacingException.conflict("reporting.version.draftExists");
        }
        List<VersionSummary> versions = catalog.versions(templateId);
        int number = versions.isEmpty() ? 1 : versions.get(0).number() + 1;
        LocalDate from = VietnamTime.today();
        long draft = jdbc.sql("INSERT INTO report_template_version (template_id, number, status, valid_from)"
                + " VALUES (:t, :n, 'DRAFT', :from) RETURNING id").param("t", templateId).param("n", number)
                .param("from", from).query(Long.class).single();
        versions.stream().filter(v -> !v.draft()).findFirst().ifPresent(latest -> copy(latest.id(), draft));
        audit.record("reporting.version.drafted", "report_template", templateId, "version=" + number,
                List.of(template.ownerId()));
        return draft;
    }

    /**
     * Publishes the draft from {@code command.validFrom()}: it is then never edited, and the version published before
     * ends the day before. The day must come after the previous version's first day, and no period from that day on
     * may have submissions already (they were made on the previous version). The draft needs at least one indicator,
     * every section one, and its rules must still refer to numeric indicators of the draft.
     */
    @Transactional
    public void publish(long templateId, Publish command) {
        TemplateHeader template = requireDesignerOf(templateId);
        check(command);
        VersionSummary draft = lockDraft(templateId, command.draftVersion());
        LocalDate from = command.validFrom();
        if (!PlausibleDates.plausible(from)) {
            throw TemplateRefusal.invalid("validFrom", PlausibleDates.OUT_OF_RANGE, PlausibleDates.display(from),
                    PlausibleDates.display(PlausibleDates.EARLIEST), PlausibleDates.display(PlausibleDates.LATEST));
        }
        TemplateVersion contents = catalog.version(draft.id());
        if (contents.indicators().isEmpty()) {
            throw TemplateRefusal.invalid(null, "reporting.publish.empty");
        }
        contents.sections().stream().filter(s -> s.indicators().isEmpty()).findFirst().ifPresent(s -> {
            throw TemplateRefusal.invalid(null, "reporting.publish.emptySection", s.title());
        });
        for (Rule rule : contents.rules()) {
            DraftEditor.checkRuleOperands(contents, rule.leftCode(), rule.rightCode());
        }
        long submitted = jdbc.sql("SELECT count(*) FROM report_submission s JOIN report_period p ON p.id = s.period_id"
                + " WHERE p.template_id = :t AND p.starts_on >= :from").param("t", templateId).param("from", from)
                .query(Long.class).single();
        if (submitted > 0) {
            throw TemplateRefusal.invalid("validFrom", "reporting.publish.submissionsExist");
        }
        catalog.versions(templateId).stream().filter(v -> !v.draft() && v.validTo() == null).findFirst()
                .ifPresent(previous -> {
                    if (!from.isAfter(previous.validFrom())) {
                        throw TemplateRefusal.invalid("validFrom", "reporting.publish.beforePrevious",
                                PlausibleDates.display(previous.validFrom()));
                    }
                    jdbc.sql("UPDATE report_template_version SET valid_to = :to, version = version + 1 WHERE id = :id")
                            .param("to", from.minusDays(1)).param("id", previous.id()).update();
                });
        jdbc.sql("""
                UPDATE report_template_version SET status = 'PUBLISHED', valid_from = :from, valid_to = NULL,
                    published_by = :user, published_at = now(), version = version + 1
                WHERE id = :id
                """).param("from", from).param("user", CurrentUser.require().getUsername()).param("id", draft.id())
                .update();
        audit.record("reporting.version.published", "report_template", templateId,
                "version=" + draft.number() + " from=" + from, List.of(template.ownerId()));
    }

    /**
     * The template's draft, locked for this transaction, when the editor started from its current version.
     *
     * @throws UserFacingException 409 without a draft, or when the draft changed since {@code expected}
     */
    VersionSummary lockDraft(long templateId, Long expected) {
        VersionSummary draft = jdbc.sql("SELECT " + TemplateCatalog.VERSION_COLUMNS + " FROM report_template_version"
                + " WHERE template_id = :t AND status = 'DRAFT' FOR UPDATE").param("t", templateId)
                .query(TemplateCatalog::summary).optional()
                .orElseThrow(() -> UserFacingException.conflict("reporting.version.noDraft"));
        if (expected == null) {
            throw TemplateRefusal.invalid("draftVersion", "reporting.template.version.required");
        }
        if (expected != draft.version()) {
            throw TemplateRefusal.stale();
        }
        return draft;
    }

    /**
     * Counts a change of the draft: its version moves on, so an editor that started before is stale; the change is
     * audited about the template's owner.
     */
    void changed(TemplateHeader template, VersionSummary draft, String action) {
        jdbc.sql("UPDATE report_template_version SET version = version + 1 WHERE id = :id").param("id", draft.id())
                .update();
        audit.record(action, "report_template", template.id(), "version=" + draft.number(),
                List.of(template.ownerId()));
    }

    /** Refuses a command breaking its annotated constraints (the API and tests reach the service without a form). */
    <T> void check(T command) {
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            ConstraintViolation<T> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String template = first.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : "error.badRequest";
            throw TemplateRefusal.invalid(first.getPropertyPath().toString(), key);
        }
    }

    private Settings settings(EditTemplate c) {
        check(c);
        String code = DesignInput.code("code", c.code());
        String name = DesignInput.required("name", c.name(), 300, "reporting.template.name.required");
        String description = DesignInput.text("description", c.description(), 4000, true);
        List<Integer> reminders = DesignInput.reminderDays(c.reminderDays());
        return new Settings(code, name, description, c.frequency(), c.cutoffDay(), c.dueDay(), c.dueOffsetMonths(),
                c.lockAfterDays(), Boolean.TRUE.equals(c.unacceptedVisible()), reminders,
                c.active() == null || c.active());
    }

    private record Settings(String code, String name, String description, Frequency frequency, Integer cutoffDay,
            int dueDay, int dueOffsetMonths, Integer lockAfterDays, boolean unacceptedVisible,
            List<Integer> reminderDays, boolean active) {

        java.util.Map<String, Object> parameters() {
            java.util.Map<String, Object> p = new java.util.HashMap<>();
            p.put("code", code);
            p.put("name", name);
            p.put("folded", Texts.fold(name));
            p.put("description", description);
            p.put("frequency", frequency.name());
            p.put("cutoff", cutoffDay);
            p.put("due", dueDay);
            p.put("offset", dueOffsetMonths);
            p.put("lock", lockAfterDays);
            p.put("visible", unacceptedVisible);
            p.put("reminders", reminderDays.toArray(Integer[]::new));
            p.put("active", active);
            return p;
        }
    }

    /** Copies a version's sections (numbered 1, 2, ...), indicators and rules into the draft, in three statements. */
    private void copy(long from, long to) {
        jdbc.sql("""
                INSERT INTO report_section (version_id, position, title)
                SELECT :to, row_number() OVER (ORDER BY position, id), title FROM report_section WHERE version_id = :from
                """).param("from", from).param("to", to).update();
        jdbc.sql("""
                WITH old AS (SELECT id, row_number() OVER (ORDER BY position, id) AS rank
                             FROM report_section WHERE version_id = :from)
                INSERT INTO report_indicator (version_id, section_id, position, code, name, value_type, unit, required,
                    min_value, max_value, choices, aggregation, disaggregation_id)
                SELECT :to, ns.id, i.position, i.code, i.name, i.value_type, i.unit, i.required, i.min_value,
                    i.max_value, i.choices, i.aggregation, i.disaggregation_id
                FROM report_indicator i
                JOIN old ON old.id = i.section_id
                JOIN report_section ns ON ns.version_id = :to AND ns.position = old.rank
                WHERE i.version_id = :from
                """).param("from", from).param("to", to).update();
        jdbc.sql("""
                INSERT INTO report_rule (version_id, position, left_code, operator, right_code, right_constant, message)
                SELECT :to, row_number() OVER (ORDER BY position, id), left_code, operator, right_code, right_constant,
                    message
                FROM report_rule WHERE version_id = :from
                """).param("from", from).param("to", to).update();
    }
}
