package vn.phoihop.document.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.document.notation.Notation;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;
import vn.phoihop.platform.Texts;

/**
 * Words a stored document for its official layout, always in Vietnamese (the official language of the document,
 * whatever the reader's language), from the registry's names as of the issue date:
 * <ul>
 * <li>Party header (36-HD/VPTW): the documents of the Central Committee, the Politburo and the Secretariat are headed
 * {@code BAN CHẤP HÀNH TRUNG ƯƠNG}; the Central Committee's own bodies (Văn phòng Trung ương Đảng) have it as their
 * superior body; committees directly under the Centre (a provincial committee, Đảng ủy Công an Trung ương) have no
 * superior line; a provincial police party committee has its province's party organisation
 * ({@code ĐẢNG BỘ TỈNH NAM ĐỊNH}); any other issuer its parent.</li>
 * <li>State header (Nghị định 30/2020/NĐ-CP): a provincial police force has the Ministry above it; a body with a
 * parent has the parent; a ministry none.</li>
 * <li>Date line: day below 10 and months 1 and 2 take a leading zero, {@code Hà Nội, ngày 06 tháng 12 năm 2022}; the
 * place is the document's own, else Hà Nội for a central issuer, else the province's short name.</li>
 * <li>Signature: party T/M names the collective (Bộ Chính trị, Ban Bí thư, the committee's Ban Thường vụ); K/T
 * names the head whose deputy signs (the signer's position without Phó, so Phó Bí thư signs K/T BÍ THƯ) and, for a
 * collective, follows its T/M line. State documents write {@code TM.} and {@code KT.} (Thứ trưởng → KT. BỘ TRƯỞNG).</li>
 * </ul>
 */
final class OfficialWording {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    OfficialWording(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The issuer as the header names it: itself, its parent and its province as of the date the document speaks
     * for (absent ones {@code null}), and the name of the ministry a provincial police force belongs to.
     */
    record Issuer(OrganizationSummary self, OrganizationSummary parent, OrganizationSummary province,
            String ministryName) {
    }

    OfficialDocument compose(DocumentRow row, List<String> recipients, Issuer issuer, LocalDate today) {
        boolean party = row.kind() == DocumentKind.PARTY;
        OrganizationSummary self = issuer.self();
        List<String> marks = new ArrayList<>();
        if (row.secrecy().secret()) {
            marks.add(upper(text(row.secrecy().messageKey())));
        }
        if (row.urgency() != null && !"NORMAL".equals(row.urgency())) {
            marks.add(upper(text("document.output.urgency." + row.urgency())));
        }
        String typeName = party || row.typeAbbreviation() != null ? upper(row.typeName()) : null;
        String title = typeName == null ? text("document.output.regarding", row.title()) : row.title();
        String content = row.body() != null && !row.body().isBlank() ? row.body() : row.summary();
        List<String> body = content == null ? List.of()
                : Arrays.stream(content.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return new OfficialDocument(row.kind(), party ? partySuperior(issuer) : stateSuperior(issuer),
                party ? partyIssuingBody(self) : upper(self.name()), numberLine(row, self), marks,
                text(party ? "document.output.party" : "document.output.republic"),
                party ? null : text("document.output.motto"),
                placeAndDate(row, issuer, today), typeName, title, body, text("document.output.recipients"),
                recipients, authority(row, self, party), upper(row.signerPosition()), row.signerName());
    }

    private String partySuperior(Issuer issuer) {
        OrganizationSummary self = issuer.self();
        return switch (self.kind()) {
            case POLITBURO, SECRETARIAT, PROVINCIAL_PARTY_COMMITTEE, CENTRAL_POLICE_PARTY_COMMITTEE -> null;
            case CENTRAL_PARTY_BODY -> self.parentId() == null ? null : text("document.output.centralCommittee");
            case POLICE_PARTY_COMMITTEE -> issuer.province() == null ? parentName(issuer)
                    : text("document.output.partyOrganization", upper(issuer.province().name()));
            default -> parentName(issuer);
        };
    }

    private String partyIssuingBody(OrganizationSummary self) {
        boolean centralCommittee = self.kind() == OrganizationKind.POLITBURO
                || self.kind() == OrganizationKind.SECRETARIAT
                || (self.kind() == OrganizationKind.CENTRAL_PARTY_BODY && self.parentId() == null);
        return centralCommittee ? text("document.output.centralCommittee") : upper(self.name());
    }

    private String stateSuperior(Issuer issuer) {
        if (issuer.self().kind() == OrganizationKind.PROVINCIAL_POLICE && issuer.ministryName() != null) {
            return upper(issuer.ministryName());
        }
        return parentName(issuer);
    }

    private static String parentName(Issuer issuer) {
        return issuer.parent() == null ? null : upper(issuer.parent().name());
    }

    /** {@code Số 90-QĐ/TW}, {@code Số: 04/CT-BCA}; for a draft the number left blank: {@code Số      -QĐ/TW}. */
    private static String numberLine(DocumentRow row, OrganizationSummary issuer) {
        if (row.notation() != null) {
            return Notation.printed(row.kind(), row.notation());
        }
        String blank = "\u00A0".repeat(8);
        String abbreviation = issuer.abbreviation() == null ? "" : issuer.abbreviation();
        if (row.kind() == DocumentKind.PARTY) {
            return Notation.printed(row.kind(), blank + "-" + row.typeAbbreviation() + "/" + abbreviation);
        }
        return Notation.printed(row.kind(), blank + "/" + (row.typeAbbreviation() == null ? ""
                : row.typeAbbreviation() + "-") + abbreviation);
    }

    private String placeAndDate(DocumentRow row, Issuer issuer, LocalDate today) {
        String place = row.place();
        if (place == null || place.isBlank()) {
            place = issuer.province() == null || issuer.self().national() ? text("document.output.capital")
                    : issuer.province().shortName();
        }
        LocalDate date = row.issuedOn();
        if (date == null) {
            return text("document.output.dateLineDraft", place, String.valueOf(today.getYear()));
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return text("document.output.dateLine", place, day, month, String.valueOf(date.getYear()));
    }

    private List<String> authority(DocumentRow row, OrganizationSummary self, boolean party) {
        if (row.signingAuthority() == null) {
            return List.of();
        }
        String onBehalf = party ? "T/M " : "TM. ";
        String deputy = party ? "K/T " : "KT. ";
        String collective = party ? collective(self) : null;
        if ("TM".equals(row.signingAuthority())) {
            return List.of(onBehalf + (collective != null ? collective : upper(self.name())));
        }
        String head = deputy + head(row.signerPosition(), collective != null ? collective : upper(self.name()));
        return collective != null ? List.of(onBehalf + collective, head) : List.of(head);
    }

    /** The collective a party document is signed for, or {@code null} when the issuer is no collective. */
    private String collective(OrganizationSummary self) {
        return switch (self.kind()) {
            case POLITBURO, SECRETARIAT -> upper(self.name());
            case CENTRAL_PARTY_BODY -> self.parentId() == null ? text("document.output.centralCommittee") : null;
            case PROVINCIAL_PARTY_COMMITTEE, CENTRAL_POLICE_PARTY_COMMITTEE, POLICE_PARTY_COMMITTEE,
                    GRASSROOTS_PARTY_ORGANIZATION -> text("document.output.standingCommittee");
            default -> null;
        };
    }

    /** The head a deputy signs for: the position without "Phó" (and "thường trực"); a Thứ trưởng's Bộ trưởng. */
    private String head(String signerPosition, String fallback) {
        if (signerPosition == null || signerPosition.isBlank()) {
            return fallback;
        }
        String position = Texts.nfc(signerPosition);
        String folded = Texts.fold(position);
        if (folded.equals("thu truong")) {
            return upper(text("document.output.minister"));
        }
        if (folded.startsWith("pho ")) {
            position = position.substring(4).strip().replaceFirst("(?iu)\\s+thường trực$", "");
        }
        return upper(position);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    static String upper(String text) {
        return text == null ? null : Texts.nfc(text).toUpperCase(VIETNAMESE);
    }
}
