package vn.phoihop.document.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.notation.DocumentKind;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;

/** How a stored document is worded for the official layout: header bodies, number line, date line, signature. */
class OfficialWordingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static final OrganizationSummary TW = org(1, OrganizationKind.CENTRAL_PARTY_BODY,
            "Ban Chấp hành Trung ương Đảng", "Trung ương", "TW", null, null);
    private static final OrganizationSummary SECRETARIAT = org(2, OrganizationKind.SECRETARIAT, "Ban Bí thư",
            "Ban Bí thư", "TW", 1L, null);
    private static final OrganizationSummary VPTW = org(3, OrganizationKind.CENTRAL_PARTY_BODY,
            "Văn phòng Trung ương Đảng", "Văn phòng Trung ương", "VPTW", 1L, null);
    private static final OrganizationSummary NAM_DINH = org(10, OrganizationKind.PROVINCE, "Tỉnh Nam Định",
            "Nam Định", null, null, 10L);
    private static final OrganizationSummary NAM_DINH_POLICE = org(11, OrganizationKind.PROVINCIAL_POLICE,
            "Công an tỉnh Nam Định", "Công an Nam Định", "CA", 10L, 10L);
    private static final OrganizationSummary NAM_DINH_POLICE_PARTY = org(12, OrganizationKind.POLICE_PARTY_COMMITTEE,
            "Đảng ủy Công an tỉnh Nam Định", "Đảng ủy Công an Nam Định", "ĐUCA", 11L, 10L);
    private static final OrganizationSummary BAC_NINH_COMMITTEE = org(21, OrganizationKind.PROVINCIAL_PARTY_COMMITTEE,
            "Tỉnh ủy Bắc Ninh", "Tỉnh ủy Bắc Ninh", "TU", 20L, 20L);
    private static final OrganizationSummary BAC_NINH = org(20, OrganizationKind.PROVINCE, "Tỉnh Bắc Ninh",
            "Bắc Ninh", null, null, 20L);
    private static final OrganizationSummary MINISTRY = org(5, OrganizationKind.MINISTRY, "Bộ Công an", "Bộ Công an",
            "BCA", null, null);

    private final OfficialWording wording = new OfficialWording(messages());

    @Test
    void theSecretariatsDecisionIsHeadedByTheCentralCommittee() {
        DocumentRow row = row(DocumentKind.PARTY, "Quyết định", "QĐ", "90-QĐ/TW", LocalDate.of(2022, 12, 6), "TM",
                "Thường trực Ban Bí thư", SecrecyMark.NONE, "NORMAL");
        OfficialDocument d = wording.compose(row, List.of("Các tỉnh ủy, thành ủy,", "Lưu Văn phòng Trung ương."),
                new OfficialWording.Issuer(SECRETARIAT, TW, null, null), TODAY);
        assertThat(d.superiorBody()).isNull();
        assertThat(d.issuingBody()).isEqualTo("BAN CHẤP HÀNH TRUNG ƯƠNG");
        assertThat(d.numberLine()).isEqualTo("Số 90-QĐ/TW");
        assertThat(d.nationalHeading()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(d.motto()).isNull();
        assertThat(d.placeAndDate()).isEqualTo("Hà Nội, ngày 06 tháng 12 năm 2022");
        assertThat(d.typeName()).isEqualTo("QUYẾT ĐỊNH");
        assertThat(d.recipientsLabel()).isEqualTo("Nơi nhận:");
        assertThat(d.recipients()).containsExactly("Các tỉnh ủy, thành ủy,", "Lưu Văn phòng Trung ương.");
        assertThat(d.authority()).containsExactly("T/M BAN BÍ THƯ");
        assertThat(d.signerPosition()).isEqualTo("THƯỜNG TRỰC BAN BÍ THƯ");
        assertThat(d.marks()).isEmpty();
        assertThat(d.body()).containsExactly("Điều 1. Ban hành.", "Điều 2. Thi hành.");
    }

    @Test
    void aBodyOfTheCentralCommitteeHasItAsSuperior() {
        DocumentRow row = row(DocumentKind.PARTY, "Hướng dẫn", "HD", "36-HD/VPTW", LocalDate.of(2018, 4, 3), null,
                "Chánh Văn phòng", SecrecyMark.NONE, "NORMAL");
        OfficialDocument d = wording.compose(row, List.of(), new OfficialWording.Issuer(VPTW, TW, null, null), TODAY);
        assertThat(d.superiorBody()).isEqualTo("BAN CHẤP HÀNH TRUNG ƯƠNG");
        assertThat(d.issuingBody()).isEqualTo("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG");
        assertThat(d.placeAndDate()).as("months 3 to 12 without a leading zero")
                .isEqualTo("Hà Nội, ngày 03 tháng 4 năm 2018");
        assertThat(d.authority()).isEmpty();
    }

    @Test
    void aProvincialPolicePartyCommitteeHasItsProvincesPartyOrganisationAndMarks() {
        DocumentRow row = row(DocumentKind.PARTY, "Kế hoạch", "KH", "71-KH/ĐUCA", LocalDate.of(2023, 1, 5), "KT",
                "Phó Bí thư Thường trực", SecrecyMark.CONFIDENTIAL, "FLASH");
        OfficialDocument d = wording.compose(row, List.of(),
                new OfficialWording.Issuer(NAM_DINH_POLICE_PARTY, NAM_DINH_POLICE, NAM_DINH, null), TODAY);
        assertThat(d.superiorBody()).isEqualTo("ĐẢNG BỘ TỈNH NAM ĐỊNH");
        assertThat(d.issuingBody()).isEqualTo("ĐẢNG ỦY CÔNG AN TỈNH NAM ĐỊNH");
        assertThat(d.placeAndDate()).isEqualTo("Nam Định, ngày 05 tháng 01 năm 2023");
        assertThat(d.marks()).containsExactly("MẬT", "HỎA TỐC");
        assertThat(d.authority()).containsExactly("T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ");
        assertThat(d.signerPosition()).isEqualTo("PHÓ BÍ THƯ THƯỜNG TRỰC");
    }

    @Test
    void aDraftLeavesTheNumberAndDayBlank() {
        DocumentRow row = row(DocumentKind.PARTY, "Chỉ thị", "CT", null, null, "TM", null, SecrecyMark.NONE,
                "URGENT");
        OfficialDocument d = wording.compose(row, List.of(),
                new OfficialWording.Issuer(BAC_NINH_COMMITTEE, BAC_NINH, BAC_NINH, null), TODAY);
        assertThat(d.superiorBody()).isNull();
        assertThat(d.issuingBody()).isEqualTo("TỈNH ỦY BẮC NINH");
        assertThat(d.numberLine()).matches("Số \u00A0+-CT/TU");
        assertThat(d.placeAndDate()).startsWith("Bắc Ninh, ngày ").endsWith("năm 2026");
        assertThat(d.marks()).containsExactly("KHẨN");
        assertThat(d.authority()).containsExactly("T/M BAN THƯỜNG VỤ");
    }

    @Test
    void stateDocumentsFollowDecree30() {
        DocumentRow directive = row(DocumentKind.STATE, "Chỉ thị", "CT", "04/CT-BCA", LocalDate.of(2019, 2, 20), "KT",
                "Thứ trưởng", SecrecyMark.NONE, "NORMAL");
        OfficialDocument d = wording.compose(directive, List.of(), new OfficialWording.Issuer(MINISTRY, null, null,
                null), TODAY);
        assertThat(d.superiorBody()).isNull();
        assertThat(d.issuingBody()).isEqualTo("BỘ CÔNG AN");
        assertThat(d.numberLine()).isEqualTo("Số: 04/CT-BCA");
        assertThat(d.nationalHeading()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(d.motto()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(d.typeName()).isEqualTo("CHỈ THỊ");
        assertThat(d.authority()).containsExactly("KT. BỘ TRƯỞNG");

        DocumentRow letter = row(DocumentKind.STATE, "Công văn", null, "123/CAT-PV01", LocalDate.of(2024, 9, 9), "TM",
                null, SecrecyMark.NONE, "NORMAL");
        OfficialDocument l = wording.compose(letter, List.of(), new OfficialWording.Issuer(NAM_DINH_POLICE, NAM_DINH,
                NAM_DINH, "Bộ Công an"), TODAY);
        assertThat(l.superiorBody()).isEqualTo("BỘ CÔNG AN");
        assertThat(l.issuingBody()).isEqualTo("CÔNG AN TỈNH NAM ĐỊNH");
        assertThat(l.numberLine()).isEqualTo("Số: 123/CAT-PV01");
        assertThat(l.typeName()).isNull();
        assertThat(l.title()).isEqualTo("V/v Tiêu đề thử");
        assertThat(l.placeAndDate()).isEqualTo("Nam Định, ngày 09 tháng 9 năm 2024");
        assertThat(l.authority()).containsExactly("TM. CÔNG AN TỈNH NAM ĐỊNH");
    }

    private static DocumentRow row(DocumentKind kind, String typeName, String abbreviation, String notation,
            LocalDate issuedOn, String authority, String position, SecrecyMark secrecy, String urgency) {
        return new DocumentRow(1, kind, typeName, abbreviation, notation, 0, issuedOn, null, "Người Ký", position,
                authority, "Tiêu đề thử", "Tóm tắt", "Điều 1. Ban hành.\n\n  Điều 2. Thi hành.  \r\n", secrecy,
                urgency);
    }

    private static OrganizationSummary org(long id, OrganizationKind kind, String name, String shortName,
            String abbreviation, Long parentId, Long provinceId) {
        return new OrganizationSummary(id, "C" + id, null, kind, name, shortName, abbreviation, parentId, provinceId);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
