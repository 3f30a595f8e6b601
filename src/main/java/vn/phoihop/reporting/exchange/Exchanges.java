package vn.phoihop.reporting.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.period.Period;
import vn.phoihop.reporting.period.ReportingPeriods;
import vn.phoihop.reporting.submission.ReportingAccess;
import vn.phoihop.reporting.submission.SubmissionStatus;
import vn.phoihop.reporting.template.Indicator;
import vn.phoihop.reporting.template.TemplateCatalog;
import vn.phoihop.reporting.template.TemplateHeader;
import vn.phoihop.reporting.template.TemplateVersion;

/**
 * The offline form of a period for the acting user's own organisation: who may use it (the staff of an organisation
 * expected to report the period, {@link ReportingAccess#requireEditable}; anyone else is refused, and a period that
 * does not exist or does not expect the organisation is "not found"), the form to download, and the upload, checked
 * all or nothing and stored as the draft through {@link DraftValues}.
 */
@Service
@Transactional(readOnly = true)
public class Exchanges {

    /** Upload cap of the form, also the multipart cap of its paths ({@link ExchangeConfiguration}). */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final ReportingAccess access;
    private final ReportingPeriods periods;
    private final TemplateCatalog templates;
    private final Organizations organizations;
    private final DraftValues drafts;
    private final JdbcClient jdbc;

    Exchanges(ReportingAccess access, ReportingPeriods periods, TemplateCatalog templates,
            Organizations organizations, DraftValues drafts, JdbcClient jdbc) {
        this.access = access;
        this.periods = periods;
        this.templates = templates;
        this.organizations = organizations;
        this.drafts = drafts;
        this.jdbc = jdbc;
    }

    /**
     * What the exchange page shows: the period, its template and version, the acting user's organisation, and its
     * submission so far.
     *
     * @param submissionId {@code null} when nothing is stored yet
     * @param status {@code null} when nothing is stored yet
     */
    public record Context(Period period, TemplateHeader template, TemplateVersion version,
            OrganizationSummary organization, Long submissionId, SubmissionStatus status) {

        /** Whether an upload may still change the values. */
        public boolean editable() {
            return status == null || status.editable();
        }
    }

    /** A form to download. */
    public record FormFile(String fileName, byte[] content) {
    }

    /** An upload stored as the draft. */
    public record Uploaded(long submissionId, int changed, int values) {
    }

    /**
     * The period as the acting user's organisation reports it.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not draft for their own
     *         organisation
     * @throws UserFacingException (404) for an unknown period or one their organisation is not expected to report
     */
    public Context context(long periodId) {
        CurrentUser user = access.user();
        long organizationId = user.organizationId();
        access.requireEditable(organizationId);
        Period period = periods.find(periodId)
                .orElseThrow(() -> UserFacingException.notFound("reporting.exchange.notFound"));
        if (!periods.expects(periodId, organizationId)) {
            throw UserFacingException.notFound("reporting.exchange.notFound");
        }
        TemplateHeader template = templates.find(period.templateId())
                .orElseThrow(() -> UserFacingException.notFound("reporting.exchange.notFound"));
        TemplateVersion version = templates.versionInForce(template.id(), period.startsOn());
        OrganizationSummary organization = organizations.find(organizationId).orElseThrow();
        Map<String, Object> submission = jdbc.sql("SELECT id, status FROM report_submission WHERE period_id = :p"
                + " AND organization_id = :o").param("p", periodId).param("o", organizationId).query().listOfRows()
                .stream().findFirst().orElse(null);
        return new Context(period, template, version, organization,
                submission == null ? null : ((Number) submission.get("id")).longValue(),
                submission == null ? null : SubmissionStatus.valueOf((String) submission.get("status")));
    }

    /** The form to fill offline, with the values stored so far. */
    public FormFile form(long periodId) {
        Context context = context(periodId);
        Map<ValueKey, Object> values = new LinkedHashMap<>();
        if (context.submissionId() != null) {
            jdbc.sql("SELECT indicator_code, option_code, number_value, text_value, date_value FROM report_value"
                    + " WHERE submission_id = :s").param("s", context.submissionId()).query(rs -> {
                        Object value = rs.getBigDecimal(3) != null ? rs.getBigDecimal(3)
                                : rs.getString(4) != null ? rs.getString(4) : rs.getObject(5, LocalDate.class);
                        values.put(new ValueKey(rs.getString(1), rs.getString(2)), value);
                    });
        }
        byte[] content = ExchangeForm.write(context.template(), context.version(), context.period(),
                context.organization().name(), context.organization().id(), values);
        String name = "bieu-mau-" + context.template().code().toLowerCase(java.util.Locale.ROOT) + "-"
                + context.period().code() + ".xlsx";
        return new FormFile(name.replaceAll("[^A-Za-z0-9._-]", "-"), content);
    }

    /**
     * Reads an uploaded form and stores its values as the organisation's draft, all or nothing.
     *
     * @throws ExchangeRefused (400) listing every cell at fault; nothing is stored
     * @throws UserFacingException 400 (no file, not an XLSX form, broken, an archive bomb, another period's or
     *         organisation's form, an older template version), 413 (too large), 409 (already submitted)
     */
    @Transactional
    public Uploaded upload(long periodId, byte[] content) {
        Context context = context(periodId);
        if (content == null || content.length == 0) {
            throw UserFacingException.invalid("reporting.exchange.noFile");
        }
        if (content.length > MAX_BYTES) {
            throw new UserFacingException(413, "upload.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (!context.editable()) {
            throw UserFacingException.conflict("reporting.exchange.notEditable");
        }
        UploadedForm form = UploadedForm.read(content);
        checkMeta(form.meta(), context);
        List<CellError> errors = new ArrayList<>(form.errors());
        TemplateVersion version = context.version();
        for (Indicator indicator : version.indicators()) {
            for (String option : indicator.optionCodes()) {
                ValueKey key = new ValueKey(indicator.code(), option);
                if (!form.cells().containsKey(key)) {
                    errors.add(CellError.at(null, key, "reporting.exchange.missingRow",
                            ExchangeForm.label(indicator, option)));
                }
            }
        }
        DraftValues.Checked checked = drafts.check(version, form.values());
        for (DraftValues.Problem problem : checked.problems()) {
            String cell = form.cells().get(problem.value());
            if (cell == null) {
                cell = form.cells().entrySet().stream().filter(e -> e.getKey().indicator()
                        .equals(problem.value().indicator())).map(Map.Entry::getValue).findFirst().orElse(null);
            }
            errors.add(new CellError(cell, problem.value().indicator(), problem.value().option(), problem.key(),
                    problem.args()));
        }
        if (!errors.isEmpty()) {
            throw new ExchangeRefused(errors);
        }
        DraftValues.Stored stored = drafts.store(context.period(), version, context.organization().id(),
                checked.values(), access.user().getUsername());
        return new Uploaded(stored.submissionId(), stored.changed(), checked.values().size());
    }

    private static void checkMeta(Map<String, String> meta, Context context) {
        if (!context.template().code().equals(meta.get("template"))
                || !context.period().code().equals(meta.get("period"))) {
            throw UserFacingException.invalid("reporting.exchange.otherPeriod");
        }
        if (!String.valueOf(context.organization().id()).equals(meta.get("organization"))) {
            throw UserFacingException.invalid("reporting.exchange.otherOrganization");
        }
        if (!String.valueOf(context.version().id()).equals(meta.get("version"))) {
            throw UserFacingException.invalid("reporting.exchange.otherVersion");
        }
    }
}
