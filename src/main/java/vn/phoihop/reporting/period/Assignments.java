package vn.phoihop.reporting.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.organization.Scope;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.reporting.period.PeriodCommands.EndAssignment;
import vn.phoihop.reporting.period.PeriodCommands.NewAssignment;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;

/**
 * Dated assignments of a template to the organisations that report it (report_assignment). Central staff assign
 * (one organisation, several, or every provincial police force in force on the first day) and end them; anyone reads
 * the list, cut to the organisations within their scope. Assigning an organisation that already has an assignment of
 * the template overlapping the new one changes nothing for it (it is counted as skipped).
 * {@link AssignmentSuccession} keeps them in step with the registry's reorganisations.
 */
@Service
@Transactional
public class Assignments {

    private final JdbcClient jdbc;
    private final TemplateCatalog templates;
    private final Organizations organizations;
    private final PeriodAccess access;
    private final AuditTrail audit;

    Assignments(JdbcClient jdbc, TemplateCatalog templates, Organizations organizations, PeriodAccess access,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
    }

    /**
     * An assignment with the organisation as named on the list's date (or today's name if it did not exist then).
     *
     * @param inheritedFrom the assignment it continues after reorganisation {@code reorganizationId}, if any
     */
    public record Assignment(long id, long templateId, long organizationId, String organizationCode,
            String organizationName, LocalDate validFrom, LocalDate validTo, Long inheritedFrom,
            Long reorganizationId) {
    }

    /** What assigning did: new assignments, and organisations left out because they already had one. */
    public record Outcome(int assigned, int skipped) {
    }

    /** The template's assignments in force on {@code asOf}, within the reader's scope, by organisation name. */
    @Transactional(readOnly = true)
    public List<Assignment> inForce(long templateId, LocalDate asOf) {
        template(templateId);
        Scope scope = access.reporting().scope();
        record Row(long id, long org, LocalDate from, LocalDate to, Long inheritedFrom, Long reorganization) {
        }
        List<Row> rows = jdbc.sql("SELECT a.id, a.organization_id, a.valid_from, a.valid_to, a.inherited_from,"
                + " a.reorganization_id FROM report_assignment a WHERE a.template_id = :t"
                + " AND in_force(a.valid_from, a.valid_to, :day) AND " + scope.within("a.organization_id"))
                .params(scope.parameters()).param("t", templateId).param("day", asOf)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), (Long) rs.getObject(5), (Long) rs.getObject(6)))
                .list();
        Map<Long, OrganizationSummary> named = new HashMap<>(organizations.findAllAsOf(
                rows.stream().map(Row::org).toList(), asOf));
        List<Assignment> list = new ArrayList<>();
        for (Row r : rows) {
            OrganizationSummary o = named.computeIfAbsent(r.org(), id -> organizations.find(id).orElse(null));
            list.add(new Assignment(r.id(), templateId, r.org(), o == null ? "" : o.code(), o == null ? "" : o.name(),
                    r.from(), r.to(), r.inheritedFrom(), r.reorganization()));
        }
        list.sort(VietnameseOrder.byName(Assignment::organizationName));
        return list;
    }

    /** Assigns the template (central staff). */
    public Outcome assign(long templateId, NewAssignment command) {
        access.requireCalendar();
        TemplateHeader template = template(templateId);
        LocalDate from = command.validFrom();
        plausible("validFrom", from);
        plausible("validTo", command.validTo());
        if (command.validTo() != null && command.validTo().isBefore(from)) {
            throw PeriodRefusal.invalid("validTo", "reporting.assignment.validTo.beforeFrom");
        }
        Set<Long> targets = command.toAllProvinces() ? provincialPoliceOn(from) : byCodes(command.organizationCodes(),
                from);
        int assigned = jdbc.sql("""
                INSERT INTO report_assignment (template_id, organization_id, valid_from, valid_to, created_by)
                SELECT :t, o.id, :from, :to, :by FROM unnest(CAST(:orgs AS BIGINT[])) AS o (id)
                WHERE NOT EXISTS (SELECT 1 FROM report_assignment a WHERE a.template_id = :t
                                  AND a.organization_id = o.id AND a.valid_from <= coalesce(:to, DATE '9999-12-31')
                                  AND coalesce(a.valid_to, DATE '9999-12-31') >= :from)
                """).param("t", template.id()).param("orgs", targets.toArray(Long[]::new)).param("from", from)
                .param("to", command.validTo()).param("by", CurrentUser.require().getUsername()).update();
        if (assigned > 0) {
            audit.record("REPORT_ASSIGNED", "report_template", template.id(), "from=" + from + " to="
                    + command.validTo() + " organizations=" + assigned, targets);
        }
        return new Outcome(assigned, targets.size() - assigned);
    }

    /** Ends an assignment of the template on {@code lastDay} (central staff); not before its first day. */
    public void end(long templateId, long assignmentId, EndAssignment command) {
        access.requireCalendar();
        template(templateId);
        plausible("lastDay", command.lastDay());
        record Current(long org, LocalDate from) {
        }
        Current current = jdbc.sql("SELECT organization_id, valid_from FROM report_assignment WHERE id = :id"
                + " AND template_id = :t").param("id", assignmentId).param("t", templateId)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getObject(2, LocalDate.class))).optional()
                .orElseThrow(() -> UserFacingException.notFound("reporting.assignment.notFound"));
        if (command.lastDay().isBefore(current.from())) {
            throw PeriodRefusal.invalid("lastDay", "reporting.assignment.lastDay.beforeFrom",
                    PlausibleDates.display(current.from()));
        }
        jdbc.sql("UPDATE report_assignment SET valid_to = :day WHERE id = :id").param("day", command.lastDay())
                .param("id", assignmentId).update();
        audit.record("REPORT_ASSIGNMENT_ENDED", "report_assignment", assignmentId, "lastDay=" + command.lastDay(),
                List.of(current.org()));
    }

    /**
     * Every provincial police force in force on {@code day}: today's forces and those they were formed from (the
     * registry's contract offers no list by date), kept when they existed that day.
     */
    private Set<Long> provincialPoliceOn(LocalDate day) {
        Set<Long> candidates = new LinkedHashSet<>();
        organizations.all().stream().filter(o -> o.kind() == OrganizationKind.PROVINCIAL_POLICE)
                .forEach(o -> candidates.addAll(organizations.withPredecessors(o.id())));
        Set<Long> found = new LinkedHashSet<>();
        organizations.findAllAsOf(candidates, day).values().stream()
                .filter(o -> o.kind() == OrganizationKind.PROVINCIAL_POLICE).map(OrganizationSummary::id)
                .sorted().forEach(found::add);
        if (found.isEmpty()) {
            throw PeriodRefusal.invalid("validFrom", "reporting.assignment.noProvinces", PlausibleDates.display(day));
        }
        return found;
    }

    /** The organisations with these codes (separated by commas, semicolons or blanks), each in force on {@code day}. */
    private Set<Long> byCodes(String codes, LocalDate day) {
        List<String> list = codes == null ? List.of() : Arrays.stream(codes.split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
        if (list.isEmpty()) {
            throw PeriodRefusal.invalid("organizationCodes", "reporting.assignment.codes.required");
        }
        if (list.size() > 200) {
            throw PeriodRefusal.invalid("organizationCodes", "reporting.assignment.codes.size");
        }
        Map<String, Long> ids = new java.util.LinkedHashMap<>();
        for (String code : list) {
            ids.put(code, organizations.findByCode(code).map(OrganizationSummary::id).orElseThrow(
                    () -> PeriodRefusal.invalid("organizationCodes", "reporting.assignment.codes.unknown", code)));
        }
        Map<Long, OrganizationSummary> existing = organizations.findAllAsOf(ids.values(), day);
        ids.forEach((code, id) -> {
            if (!existing.containsKey(id)) {
                throw PeriodRefusal.invalid("organizationCodes", "reporting.assignment.codes.notInForce", code,
                        PlausibleDates.display(day));
            }
        });
        return new LinkedHashSet<>(ids.values());
    }

    private TemplateHeader template(long templateId) {
        return templates.find(templateId)
                .orElseThrow(() -> UserFacingException.notFound("reporting.period.template.notFound"));
    }

    private static void plausible(String field, LocalDate day) {
        if (day != null && !PlausibleDates.plausible(day)) {
            throw PeriodRefusal.invalid(field, PlausibleDates.OUT_OF_RANGE, PlausibleDates.display(day),
                    PlausibleDates.display(PlausibleDates.EARLIEST), PlausibleDates.display(PlausibleDates.LATEST));
        }
    }
}
