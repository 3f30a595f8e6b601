package vn.phoihop.organization.unitfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.Scope;
import vn.phoihop.organization.unitfile.UnitFileCheck.Planned;
import vn.phoihop.platform.VietnamTime;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.organization.registry.ClosureTable;
import vn.phoihop.organization.registry.Organization;
import vn.phoihop.organization.registry.OrganizationAdministration;
import vn.phoihop.organization.scope.Access;
import vn.phoihop.organization.scope.Scopes;
import vn.phoihop.organization.spi.Actor;
import vn.phoihop.organization.spi.OrganizationAuditLog;

/**
 * Import and export of units as CSV or XLSX (columns: code, name, short_name, abbreviation, kind, parent_code,
 * valid_from; a parent is an existing organisation or a row above). {@link #dryRun} checks a file and lists every
 * problem by row; {@link #importUnits} imports all rows in one transaction, or nothing when any row has a problem.
 * SYSTEM_ADMIN only; a provincial administrator only below their own province's provincial-level organisations.
 */
@Service
@Transactional
public class OrganizationImports {

    private final Access access;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final OrganizationAdministration administration;
    private final ClosureTable closure;
    private final Scopes scopes;
    private final OrganizationAuditLog audit;
    private final EntityManager entityManager;
    private final Validator validator;

    OrganizationImports(Access access, MessageSource messages, JdbcClient jdbc,
            OrganizationAdministration administration, ClosureTable closure, Scopes scopes, OrganizationAuditLog audit, EntityManager entityManager,
            Validator validator) {
        this.validator = validator;
        this.access = access;
        this.messages = messages;
        this.jdbc = jdbc;
        this.administration = administration;
        this.closure = closure;
        this.scopes = scopes;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Denies access unless the acting user may import units (a system administrator); for the upload page. */
    @Transactional(readOnly = true)
    public void requireImporter() {
        access.requireAdministrator();
    }

    /** Checks the file; imports nothing. */
    @Transactional(readOnly = true)
    public ImportReport dryRun(byte[] content, FileFormat format) {
        Actor actor = access.requireAdministrator();
        UnitFileCheck check = check(actor, content, format);
        return new ImportReport(check.planned.size() + rowsWithProblems(check), 0, true, List.copyOf(check.problems));
    }

    /** Imports every row if the file is clean; otherwise imports nothing and reports every problem. */
    public ImportReport importUnits(byte[] content, FileFormat format) {
        Actor actor = access.requireAdministrator();
        UnitFileCheck check = check(actor, content, format);
        if (!check.problems.isEmpty()) {
            return new ImportReport(check.planned.size() + rowsWithProblems(check), 0, false,
                    List.copyOf(check.problems));
        }
        Map<String, Long> created = new HashMap<>();
        List<String> codes = new ArrayList<>();
        for (Planned p : check.planned) {
            CreateOrganization c = p.command();
            Long parentId = p.parentCodeInFile() == null ? c.parentId()
                    : created.get(p.parentCodeInFile().toLowerCase(Locale.ROOT));
            Organization org = administration.createChecked(new CreateOrganization(c.code(), c.kind(), c.name(),
                    c.shortName(), c.abbreviation(), parentId, c.validFrom()));
            if (p.validTo() != null) {
                org.close(p.validTo());
            }
            created.put(c.code().toLowerCase(Locale.ROOT), org.id());
            codes.add(c.code());
        }
        entityManager.flush();
        closure.rebuild(created.values());
        audit.record("ORGANIZATIONS_IMPORTED", "organization", codes.size() + " units", String.join(",", codes),
                created.values());
        return new ImportReport(codes.size(), codes.size(), false, List.of());
    }

    /**
     * The units below {@code rootId} in force on {@code asOf} that the user sees, in the import format; a parent the
     * user may not see (a unit of another province on a past date) is left empty.
     */
    @Transactional(readOnly = true)
    public byte[] export(long rootId, LocalDate asOf, FileFormat format) {
        Scope scope = access.scope();
        access.requireReadable(scope, rootId);
        List<List<String>> rows = jdbc.sql("""
                SELECT o.code, n.name, n.short_name, n.abbreviation, o.kind,
                       CASE WHEN %s THEN po.code END, o.valid_from, o.official_code
                FROM organization_closure c JOIN organization o ON o.id = c.descendant_id
                LEFT JOIN organization po ON po.id = c.parent_id
                LEFT JOIN organization_name n ON n.organization_id = o.id AND in_force(n.valid_from, n.valid_to, :asOf)
                WHERE c.ancestor_id = :root AND c.depth > 0 AND in_force(c.valid_from, c.valid_to, :asOf) AND """.formatted(scope.readable("po.id"))
                + " " + scope.readable("o.id")
                + " ORDER BY c.depth, o.code").param("root", rootId).param("asOf", asOf == null ? VietnamTime.today() : asOf)
                .params(scope.parameters())
                .query((rs, n) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
        return UnitFiles.write(rows, format);
    }

    private UnitFileCheck check(Actor actor, byte[] content, FileFormat format) {
        if (format == null) {
            throw UserFacingException.invalid("import.format.unknown");
        }
        if (content == null || content.length == 0) {
            throw UserFacingException.invalid("import.file.empty");
        }
        UnitFileCheck check = new UnitFileCheck(scopes, access.scope(actor), messages, jdbc, validator);
        check.check(UnitFiles.read(content, format));
        return check;
    }

    private static int rowsWithProblems(UnitFileCheck check) {
        return (int) check.problems.stream().mapToInt(ImportReport.ImportProblem::row).filter(r -> r > 1).distinct()
                .count();
    }
}
