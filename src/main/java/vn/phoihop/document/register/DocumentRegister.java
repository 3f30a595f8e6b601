package vn.phoihop.document.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.phoihop.account.AuditTrail;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.DocumentIssued;
import vn.phoihop.document.DocumentStatus;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.UrgencyMark;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.notation.Notation;
import vn.phoihop.document.register.DocumentCommands.ChangeStatus;
import vn.phoihop.document.register.DocumentCommands.EditDocument;
import vn.phoihop.document.register.DocumentCommands.IssueDocument;
import vn.phoihop.document.register.DocumentView.Recipient;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.organization.Organizations;
import vn.phoihop.platform.PlausibleDates;
import vn.phoihop.platform.Texts;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.VietnamTime;

/**
 * The register's writes: create (a draft, or issued at once with its number), edit, issue, change status. Each
 * checks, in this order, that the user writes documents at all, for the issuer ({@link DocumentAccess}: 404 for a
 * document they may not read, 403 for one they may not change), that their clearance reaches the mark, then the
 * input (NFC, lengths of the schema, plausible dates, the numbering series, no secret content in an internet-facing
 * deployment); a refusal changes nothing. Edits start from a version and are refused when another user saved first.
 * Every write is audited about the issuer, without the title or notation (a provincial administrator reads audit
 * rows about every central body, and a title may be secret).
 */
@Service
public class DocumentRegister {

    private final DocumentAccess access;
    private final DocumentStore store;
    private final DocumentTypes types;
    private final NumberingSeries series;
    private final Organizations organizations;
    private final DocumentSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Validator validator;

    DocumentRegister(DocumentAccess access, DocumentStore store, DocumentTypes types, NumberingSeries series,
            Organizations organizations, DocumentSettings settings, AuditTrail audit, ApplicationEventPublisher events,
            Validator validator) {
        this.access = access;
        this.store = store;
        this.types = types;
        this.series = series;
        this.organizations = organizations;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.validator = validator;
    }

    /** Denies access (403) unless the signed-in user writes documents for some organisation. */
    public CurrentUser requireAuthor() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.CENTRAL_STAFF) && !access.writesFor(user.organizationId())) {
            throw new org.springframework.security.access.AccessDeniedException("not a document writer");
        }
        return user;
    }

    /** The organisations the signed-in user may issue documents for, in the registry's order. */
    public List<OrganizationSummary> issuerChoices() {
        CurrentUser user = CurrentUser.require();
        boolean central = user.has(Role.CENTRAL_STAFF);
        boolean own = access.writesFor(user.organizationId());
        return organizations.all().stream().filter(o -> o.kind().publiclyVisible())
                .filter(o -> o.kind().central() ? central : own && o.id() == user.organizationId())
                .toList();
    }

    /** Creates a document: a draft, or issued at once when {@code command.issue()} is true. */
    @Transactional
    public long create(EditDocument command) {
        CurrentUser user = requireAuthor();
        checkIssuer(command.issuerId());
        check(command);
        DocumentStatus status = Boolean.TRUE.equals(command.issue()) ? DocumentStatus.ISSUED : DocumentStatus.DRAFT;
        DocumentData data = prepare(user, command, status, null, null);
        long id = store.insert(data, user.getUsername());
        audit.record("document.created", "document", id, details(data), List.of(data.issuerId()));
        if (status == DocumentStatus.ISSUED) {
            issued(id, data);
        }
        return id;
    }

    /** Saves an edit made from {@code command.version()}; the status stays (issue and status have their own steps). */
    @Transactional
    public void update(long id, EditDocument command) {
        CurrentUser user = requireAuthor();
        DocumentAccess.Header header = access.requireWritable(id);
        checkIssuer(command.issuerId());
        check(command);
        DocumentRow row = store.find(id).orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        int version = requireVersion(command.version(), row);
        DocumentData data = prepare(user, command, row.status(), row.number(), id);
        if (!store.update(id, version, data, user.getUsername())) {
            throw stale();
        }
        Set<Long> about = new LinkedHashSet<>(List.of(header.issuerId(), data.issuerId()));
        audit.record("document.updated", "document", id, details(data), about);
    }

    /** Issues a draft: it gets its number and issue date, and {@link DocumentIssued} is registered. */
    @Transactional
    public void issue(long id, IssueDocument command) {
        CurrentUser user = requireAuthor();
        access.requireWritable(id);
        DocumentRow row = store.find(id).orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        int version = requireVersion(command.version(), row);
        if (!row.draft()) {
            throw UserFacingException.conflict("document.issue.notDraft");
        }
        LocalDate issuedOn = command.issuedOn() != null ? command.issuedOn()
                : row.issuedOn() != null ? row.issuedOn() : VietnamTime.today();
        checkDate("issuedOn", issuedOn);
        DocumentType type = types.require(row.typeCode());
        Numbered numbered = number(type, row.issuerId(), issuedOn, command.number(), Texts.nfcOrNull(command.notation()),
                id);
        DocumentData data = new DocumentData(row.kind(), row.typeCode(), numbered.number(), numbered.notation(),
                numbered.seriesKey(), row.issuerId(), issuedOn, row.place(), row.signerName(), row.signerPosition(),
                row.signingAuthority(), row.title(), row.summary(), row.body(), row.secrecy(), row.urgency(),
                DocumentStatus.ISSUED, row.effectiveFrom(), row.effectiveTo(), store.recipients(id), store.tags(id));
        if (!store.update(id, version, data, user.getUsername())) {
            throw stale();
        }
        audit.record("document.issued", "document", id, details(data), List.of(row.issuerId()));
        issued(id, data);
    }

    /** Sets a status by hand: issued, in force or expired (never draft, never replaced: see {@link DocumentStatus}). */
    @Transactional
    public void changeStatus(long id, ChangeStatus command) {
        CurrentUser user = requireAuthor();
        access.requireWritable(id);
        DocumentRow row = store.find(id).orElseThrow(() -> UserFacingException.notFound("document.notFound"));
        int version = requireVersion(command.version(), row);
        if (command.status() == null || !row.status().manualTargets().contains(command.status())) {
            throw FieldRefusal.invalid("status", "document.status.notAllowed");
        }
        if (!store.setStatus(id, version, command.status(), user.getUsername())) {
            throw stale();
        }
        audit.record("document.status", "document", id, row.status() + " -> " + command.status(),
                List.of(row.issuerId()));
    }

    /**
     * The number and notation a document of this type, issuer and date would get now (the series' next free
     * number), for the form's notation assistance and {@code GET /api/v1/documents/next-number}. Only for a user who
     * writes for the issuer: the series counts secret documents too.
     */
    @Transactional(readOnly = true)
    public NumberProposal propose(DocumentKind kind, String typeCode, Long issuerId, LocalDate date) {
        requireAuthor();
        checkIssuer(issuerId);
        if (typeCode == null || typeCode.isBlank()) {
            throw FieldRefusal.invalid("typeCode", "document.type.required");
        }
        DocumentType type = types.require(typeCode);
        if (kind != null && kind != type.kind()) {
            throw FieldRefusal.invalid("typeCode", "document.type.kindMismatch");
        }
        LocalDate issuedOn = date == null ? VietnamTime.today() : date;
        checkDate("issuedOn", issuedOn);
        Numbered numbered = number(type, issuerId, issuedOn, null, null, null);
        return new NumberProposal(numbered.number(), numbered.notation(),
                (type.kind() == DocumentKind.PARTY ? "Số " : "Số: ") + numbered.notation());
    }

    /** A proposed number with its notation and printed number line. */
    public record NumberProposal(int number, String notation, String printed) {
    }

    private void checkIssuer(Long issuerId) {
        if (issuerId == null) {
            throw FieldRefusal.invalid("issuerId", "document.issuer.required");
        }
        OrganizationSummary issuer = organizations.find(issuerId).filter(o -> o.kind().publiclyVisible())
                .orElseThrow(() -> FieldRefusal.invalid("issuerId", "document.issuer.unknown"));
        access.requireIssuer(issuer.id());
    }

    private void check(EditDocument command) {
        Set<ConstraintViolation<EditDocument>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            ConstraintViolation<EditDocument> first = violations.stream()
                    .min(java.util.Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            String template = first.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : "error.badRequest";
            throw FieldRefusal.invalid(first.getPropertyPath().toString(), key);
        }
    }

    private DocumentData prepare(CurrentUser user, EditDocument c, DocumentStatus status, Integer currentNumber,
            Long id) {
        DocumentType type = types.require(c.typeCode());
        DocumentKind kind = c.kind() == null ? type.kind() : c.kind();
        if (kind != type.kind()) {
            throw FieldRefusal.invalid("typeCode", "document.type.kindMismatch");
        }
        SecrecyMark secrecy = c.secrecy() == null ? SecrecyMark.NONE : c.secrecy();
        if (!secrecy.readableWith(user.clearance())) {
            throw FieldRefusal.invalid("secrecy", "document.secrecy.aboveClearance");
        }
        String title = Texts.nfcOrNull(c.title());
        if (title == null) {
            throw FieldRefusal.invalid("title", "document.title.required");
        }
        String summary = Texts.nfcOrNull(c.summary());
        String body = Texts.nfcOrNull(c.body());
        if (secrecy.secret() && !settings.secretContentAllowed()) {
            if (summary != null) {
                throw FieldRefusal.invalid("summary", "document.secretContent");
            }
            if (body != null) {
                throw FieldRefusal.invalid("body", "document.secretContent");
            }
            if (id != null && store.hasAttachments(id)) {
                // raising the mark would leave the files' bytes on a system that may hold only metadata
                throw FieldRefusal.invalid("secrecy", "document.secretContent.attachments");
            }
        }
        checkDate("issuedOn", c.issuedOn());
        checkDate("effectiveFrom", c.effectiveFrom());
        checkDate("effectiveTo", c.effectiveTo());
        if (c.effectiveFrom() != null && c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
            throw FieldRefusal.invalid("effectiveTo", "document.effective.order");
        }
        String typed = Texts.nfcOrNull(c.notation());
        Numbered numbered;
        if (status == DocumentStatus.DRAFT) {
            if (c.number() != null || typed != null) {
                throw FieldRefusal.invalid("number", "document.number.draft");
            }
            numbered = new Numbered(null, null, null);
        }
        else {
            if (c.issuedOn() == null) {
                throw FieldRefusal.invalid("issuedOn", "document.issuedOn.required");
            }
            Integer wanted = c.number() != null ? c.number() : typed == null ? currentNumber : null;
            numbered = number(type, c.issuerId(), c.issuedOn(), wanted, typed, id);
        }
        return new DocumentData(kind, type.code(), numbered.number(), numbered.notation(), numbered.seriesKey(),
                c.issuerId(), c.issuedOn(), Texts.nfcOrNull(c.place()), Texts.nfcOrNull(c.signerName()),
                Texts.nfcOrNull(c.signerPosition()), c.signingAuthority(), title, summary, body, secrecy,
                c.urgency() == null ? UrgencyMark.NORMAL : c.urgency(), status, c.effectiveFrom(), c.effectiveTo(),
                recipients(c, c.issuedOn()), tags(c.tags()));
    }

    /** A number in its series with its notation. */
    private record Numbered(Integer number, String notation, String seriesKey) {
    }

    /**
     * The number and notation of a document about to be issued: as typed (parsed, and agreeing with the type and the
     * number), else the given number or the series' next, with the notation built from the type's and the issuer's
     * abbreviations; refused when the number is taken in the series.
     */
    private Numbered number(DocumentType type, long issuerId, LocalDate issuedOn, Integer wanted, String typed,
            Long id) {
        String key = series.key(type, issuerId, issuedOn);
        int number;
        String notation;
        if (typed != null) {
            Notation parsed;
            try {
                parsed = Notation.parse(typed, type.kind(), types);
            }
            catch (UserFacingException ex) {
                throw FieldRefusal.invalid("notation", ex.messageKey(), ex.arguments());
            }
            if (!java.util.Objects.equals(parsed.type(), type.abbreviation())) {
                throw FieldRefusal.invalid("notation", "document.notation.typeMismatch", parsed.text(),
                        type.abbreviation() == null ? "-" : type.abbreviation());
            }
            if (wanted != null && wanted != parsed.number()) {
                throw FieldRefusal.invalid("number", "document.number.mismatch", wanted, parsed.text());
            }
            number = parsed.number();
            notation = parsed.text();
        }
        else {
            number = wanted != null ? wanted : series.next(key);
            String abbreviation = organizations.findAllAsOf(List.of(issuerId), issuedOn).values().stream()
                    .map(OrganizationSummary::abbreviation).filter(a -> a != null && !a.isBlank()).findFirst()
                    .or(() -> organizations.find(issuerId).map(OrganizationSummary::abbreviation))
                    .orElseThrow(() -> FieldRefusal.invalid("notation", "document.notation.noIssuerAbbreviation"));
            notation = new Notation(type.kind(), number, null, type.abbreviation(), abbreviation).text();
        }
        if (series.taken(key, number, id)) {
            throw FieldRefusal.invalid("number", "document.number.taken", number, notation);
        }
        return new Numbered(number, notation, key);
    }

    private List<Recipient> recipients(EditDocument c, LocalDate issuedOn) {
        List<Recipient> recipients = new ArrayList<>();
        List<Long> ids = c.recipientIds() == null ? List.of() : c.recipientIds().stream().distinct().toList();
        if (!ids.isEmpty()) {
            var found = organizations.findAllAsOf(ids, issuedOn == null ? VietnamTime.today() : issuedOn);
            for (Long orgId : ids) {
                OrganizationSummary org = found.get(orgId);
                if (org == null || !org.kind().publiclyVisible()) {
                    throw FieldRefusal.invalid("recipientIds", "document.recipient.unknown");
                }
                recipients.add(new Recipient(orgId, org.name()));
            }
        }
        if (c.recipientLines() != null) {
            for (String line : c.recipientLines().split("\\R")) {
                String text = Texts.nfcOrNull(line);
                if (text != null) {
                    if (text.length() > 300) {
                        throw FieldRefusal.invalid("recipientLines", "document.recipients.size");
                    }
                    recipients.add(new Recipient(null, text));
                }
            }
        }
        if (recipients.size() > 100) {
            throw FieldRefusal.invalid("recipientLines", "document.recipients.size");
        }
        return recipients;
    }

    private static List<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[,;]")) {
                String tag = Texts.nfcOrNull(part);
                if (tag != null) {
                    if (tag.length() > 80) {
                        throw FieldRefusal.invalid("tags", "document.tags.size");
                    }
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > 30) {
            throw FieldRefusal.invalid("tags", "document.tags.size");
        }
        return List.copyOf(tags);
    }

    private static void checkDate(String field, LocalDate date) {
        if (date != null && !PlausibleDates.plausible(date)) {
            throw FieldRefusal.invalid(field, PlausibleDates.OUT_OF_RANGE, PlausibleDates.display(date),
                    PlausibleDates.display(PlausibleDates.EARLIEST), PlausibleDates.display(PlausibleDates.LATEST));
        }
    }

    private static int requireVersion(Integer version, DocumentRow row) {
        if (version == null) {
            throw FieldRefusal.invalid("version", "document.version.required");
        }
        if (version != row.version()) {
            throw stale();
        }
        return version;
    }

    private static FieldRefusal stale() {
        return new FieldRefusal(409, null, "document.stale");
    }

    private void issued(long id, DocumentData data) {
        events.publishEvent(new DocumentIssued(id, data.notation(), data.issuerId(), data.issuedOn(), data.secrecy()));
    }

    private static String details(DocumentData data) {
        return "status=" + data.status() + " secrecy=" + data.secrecy();
    }
}
