package vn.phoihop.organization.unitfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.organization.registry.Periods;
import vn.phoihop.organization.unitfile.ImportReport.ImportProblem;
import vn.phoihop.organization.registry.OrganizationCommands.CreateOrganization;
import vn.phoihop.organization.Scope;
import vn.phoihop.organization.unitfile.UnitFiles.RawRow;
import vn.phoihop.organization.unitfile.UnitFiles.Table;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.scope.Scopes;

/**
 * Checks every row of a unit file and collects every problem (not just the first), so that one dry run tells the
 * user everything to fix. A clean file yields the commands to create its units, parents before children.
 */
final class UnitFileCheck {

    private final Scopes scopes;
    private final Scope scope;
    private final MessageSource messages;
    private final Validator validator;
    private final Map<String, Existing> existing = new HashMap<>();
    private final Map<String, Existing> inFile = new HashMap<>();
    private final Map<Long, Boolean> within = new HashMap<>();
    private final Map<Long, Boolean> readable = new HashMap<>();
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

    UnitFileCheck(Scopes scopes, Scope scope, MessageSource messages, JdbcClient jdbc, Validator validator) {
        this.validator = validator;
        this.scopes = scopes;
        this.scope = scope;
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
        row.cells().forEach((column, value) -> {
            if (Texts.hasControlCharacters(value, false)) {
                problem(row.number(), column, "import.cell.control");
            }
        });
        if (problems.size() > before) {
            return;
        }
        String code = row.get("code");
        String name = row.get("name");
        String shortName = row.get("short_name");
        String abbreviation = row.get("abbreviation");
        OrganizationKind kind = kind(row);
        LocalDate validFrom = validFrom(row);
        if (code == null) {
            problem(row.number(), "code", "import.code.required");
        }
        else if (violates("code", code)) {
            problem(row.number(), "code", "import.code.pattern", code);
        }
        else if (existing.containsKey(code.toLowerCase(Locale.ROOT))) {
            boolean visible = readable(existing.get(code.toLowerCase(Locale.ROOT)).id());
            problem(row.number(), "code", visible ? "import.code.taken" : "import.code.unusable", code);
        }
        else if (inFile.containsKey(code.toLowerCase(Locale.ROOT))) {
            problem(row.number(), "code", "import.code.duplicate", code);
        }
        if (name == null) {
            problem(row.number(), "name", "import.name.required");
        }
        else if (violates("name", name)) {
            problem(row.number(), "name", "import.name.size");
        }
        if (shortName != null && violates("shortName", shortName)) {
            problem(row.number(), "short_name", "import.shortName.size");
        }
        if (abbreviation != null && violates("abbreviation", abbreviation)) {
            problem(row.number(), "abbreviation", "import.abbreviation.size");
        }
        Long parentId = null;
        String parentInFile = null;
        LocalDate validTo = null;
        String parentCode = row.get("parent_code");
        if (parentCode == null) {
            problem(row.number(), "parent_code", "import.parent.required");
        }
        else if (existing.containsKey(parentCode.toLowerCase(Locale.ROOT))
                && within(existing.get(parentCode.toLowerCase(Locale.ROOT)).id())) {
            Existing parent = existing.get(parentCode.toLowerCase(Locale.ROOT));
            parentId = parent.id();
            validTo = parent.validTo();
            if (validFrom != null && !inForce(parent, validFrom)) {
                problem(row.number(), "parent_code", "import.parent.notValid", parentCode, validFrom);
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
            problem(row.number(), "parent_code", "import.parent.unavailable", parentCode);
        }
        if (kind != null && kind.publiclyVisible() && !scope.national()) {
            problem(row.number(), "kind", "import.kind.notAllowed", kind.name());
        }
        if (problems.size() == before) {
            inFile.put(code.toLowerCase(Locale.ROOT), new Existing(0, kind, validFrom, validTo));
            planned.add(new Planned(new CreateOrganization(code, kind, name, shortName, abbreviation, parentId,
                    validFrom), parentInFile, validTo));
        }
    }

    /**
     * Whether a value breaks the constraints {@link CreateOrganization} declares for it (the form's and the API's
     * limits, declared once), so a file is held to the same rules.
     */
    private boolean violates(String property, String value) {
        return !validator.validateValue(CreateOrganization.class, property, value).isEmpty();
    }

    private static boolean inForce(Existing parent, LocalDate date) {
        return Periods.covers(parent.validFrom(), parent.validTo(), date);
    }

    private OrganizationKind kind(RawRow row) {
        String kind = row.get("kind");
        if (kind == null) {
            problem(row.number(), "kind", "import.kind.required");
            return null;
        }
        String name = kind.toUpperCase(Locale.ROOT);
        Optional<OrganizationKind> known = Arrays.stream(OrganizationKind.values())
                .filter(k -> k.name().equals(name)).findFirst();
        if (known.isEmpty()) {
            problem(row.number(), "kind", "import.kind.unknown", kind);
            return null;
        }
        return known.get();
    }

    private LocalDate validFrom(RawRow row) {
        String text = row.get("valid_from");
        if (text == null) {
            problem(row.number(), "valid_from", "import.validFrom.required");
            return null;
        }
        LocalDate date;
        try {
            date = UnitFiles.date(text);
        }
        catch (IllegalArgumentException ex) {
            problem(row.number(), "valid_from", "import.validFrom.invalid", text);
            return null;
        }
        if (!PlausibleDates.plausible(date)) {
            problem(row.number(), "valid_from", "import.validFrom.outOfRange", text, PlausibleDates.EARLIEST,
                    PlausibleDates.LATEST);
            return null;
        }
        return date;
    }

    /**
     * Whether the importer may place units under {@code id}: anywhere for a national administrator, else within
     * their province. Anything else answers like an unknown code, so that a file reveals nothing about other
     * provinces' units (not whether a code exists, nor its dates).
     */
    private boolean within(long id) {
        return scope.national() || within.computeIfAbsent(id, k -> scopes.within(scope, k));
    }

    /** Whether the importer may see {@code id}, so may learn that its code is taken. */
    private boolean readable(long id) {
        return scope.national() || readable.computeIfAbsent(id, k -> scopes.readable(scope, k));
    }

    private void problem(int row, String column, String key, Object... args) {
        List<String> arguments = Arrays.stream(args)
                .map(a -> a instanceof LocalDate date ? PlausibleDates.display(date) : String.valueOf(a)).toList();
        String text = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        problems.add(new ImportProblem(row, column, key, arguments,
                messages.getMessage("import.row", new Object[] { String.valueOf(row), text }, LocaleContextHolder.getLocale())));
    }
}
