package vn.phoihop.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.organization.ImportReport.ImportProblem;
import vn.phoihop.organization.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.Scopes.Reach;
import vn.phoihop.organization.UnitFiles.RawRow;
import vn.phoihop.organization.UnitFiles.Table;

/**
 * Checks every row of a unit file and collects every problem (not just the first), so that one dry run tells the
 * user everything to fix. A clean file yields the commands to create its units, parents before children.
 */
final class UnitFileCheck {

    private final Access access;
    private final Actor actor;
    private final Reach reach;
    private final MessageSource messages;
    private final Map<String, Existing> existing = new HashMap<>();
    private final Map<String, Existing> inFile = new HashMap<>();
    private final Map<String, Boolean> attachable = new HashMap<>();
    final List<ImportProblem> problems = new ArrayList<>();
    final List<Planned> planned = new ArrayList<>();

    /**
     * A unit to create: its command, the parent's code when the parent is in the same file, and its last day when
     * its parent has one (a unit under an organisation that has ended ends with it).
     */
    record Planned(CreateOrganization command, String parentCodeInFile, LocalDate validTo) {
    }

    private record Existing(long id, OrganizationKind kind, LocalDate validFrom, LocalDate validTo) {
    }

    UnitFileCheck(Access access, Actor actor, Reach reach, MessageSource messages, JdbcClient jdbc) {
        this.access = access;
        this.actor = actor;
        this.reach = reach;
        this.messages = messages;
        jdbc.sql("SELECT id, code, kind, valid_from, valid_to FROM organization").query(rs -> {
            existing.put(rs.getString(2).toLowerCase(Locale.ROOT), new Existing(rs.getLong(1),
                    OrganizationKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class)));
        });
    }

    void check(Table table) {
        for (String column : List.of("code", "name", "kind", "parent_code", "valid_from")) {
            if (!table.header().contains(column)) {
                problem(1, column, "import.header.missing", column);
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        if (table.rows().isEmpty()) {
            problem(2, null, "import.file.empty");
        }
        table.rows().forEach(this::check);
    }

    private void check(RawRow row) {
        int before = problems.size();
        String code = row.get("code");
        String name = row.get("name");
        String shortName = row.get("short_name");
        String abbreviation = row.get("abbreviation");
        OrganizationKind kind = kind(row);
        LocalDate validFrom = validFrom(row);
        if (code == null) {
            problem(row.number(), "code", "import.code.required");
        }
        else if (!code.matches(OrganizationCommands.CODE_PATTERN)) {
            problem(row.number(), "code", "import.code.pattern", code);
        }
        else if (existing.containsKey(code.toLowerCase(Locale.ROOT))) {
            problem(row.number(), "code", "import.code.taken", code);
        }
        else if (inFile.containsKey(code.toLowerCase(Locale.ROOT))) {
            problem(row.number(), "code", "import.code.duplicate", code);
        }
        if (name == null) {
            problem(row.number(), "name", "import.name.required");
        }
        else if (name.length() > 300) {
            problem(row.number(), "name", "import.name.size");
        }
        if (shortName != null && shortName.length() > 120) {
            problem(row.number(), "short_name", "import.shortName.size");
        }
        if (abbreviation != null && abbreviation.length() > 40) {
            problem(row.number(), "abbreviation", "import.abbreviation.size");
        }
        Long parentId = null;
        String parentInFile = null;
        LocalDate validTo = null;
        String parentCode = row.get("parent_code");
        if (parentCode == null) {
            problem(row.number(), "parent_code", "import.parent.required");
        }
        else if (existing.containsKey(parentCode.toLowerCase(Locale.ROOT))) {
            Existing parent = existing.get(parentCode.toLowerCase(Locale.ROOT));
            parentId = parent.id();
            validTo = parent.validTo();
            if (validFrom != null && !inForce(parent, validFrom)) {
                problem(row.number(), "parent_code", "import.parent.notValid", parentCode, validFrom);
            }
            else if (kind != null && !attachable(parent.id(), kind)) {
                problem(row.number(), "parent_code", "import.parent.outOfScope", parentCode);
            }
        }
        else if (inFile.containsKey(parentCode.toLowerCase(Locale.ROOT))) {
            parentInFile = parentCode;
            Existing parent = inFile.get(parentCode.toLowerCase(Locale.ROOT));
            validTo = parent.validTo();
            if (validFrom != null && !inForce(parent, validFrom)) {
                problem(row.number(), "parent_code", "import.parent.notValid", parentCode, validFrom);
            }
        }
        else {
            problem(row.number(), "parent_code", "import.parent.unknown", parentCode);
        }
        if (kind != null && kind.publiclyVisible() && !reach.national()) {
            problem(row.number(), "kind", "import.kind.notAllowed", kind.name());
        }
        if (problems.size() == before) {
            inFile.put(code.toLowerCase(Locale.ROOT), new Existing(0, kind, validFrom, validTo));
            planned.add(new Planned(new CreateOrganization(code, kind, name, shortName, abbreviation, parentId,
                    validFrom), parentInFile, validTo));
        }
    }

    private static boolean inForce(Existing parent, LocalDate date) {
        return !date.isBefore(parent.validFrom()) && (parent.validTo() == null || !date.isAfter(parent.validTo()));
    }

    private OrganizationKind kind(RawRow row) {
        String kind = row.get("kind");
        if (kind == null) {
            problem(row.number(), "kind", "import.kind.required");
            return null;
        }
        try {
            return OrganizationKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            problem(row.number(), "kind", "import.kind.unknown", kind);
            return null;
        }
    }

    private LocalDate validFrom(RawRow row) {
        String text = row.get("valid_from");
        if (text == null) {
            problem(row.number(), "valid_from", "import.validFrom.required");
            return null;
        }
        try {
            return UnitFiles.date(text);
        }
        catch (IllegalArgumentException | DateTimeException ex) {
            problem(row.number(), "valid_from", "import.validFrom.invalid", text);
            return null;
        }
    }

    private boolean attachable(long parentId, OrganizationKind kind) {
        return attachable.computeIfAbsent(parentId + "/" + kind, k -> {
            try {
                access.requireAttachable(actor, reach, parentId, kind);
                return true;
            }
            catch (RuntimeException denied) {
                return false;
            }
        });
    }

    private void problem(int row, String column, String key, Object... args) {
        List<String> arguments = java.util.Arrays.stream(args).map(String::valueOf).toList();
        String text = messages.getMessage(key, arguments.toArray(), key, LocaleContextHolder.getLocale());
        problems.add(new ImportProblem(row, column, key, arguments,
                messages.getMessage("import.row", new Object[] { String.valueOf(row), text }, LocaleContextHolder.getLocale())));
    }
}
