package vn.phoihop.consultation.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.support.LibreOffice;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.consultation.draft.DraftCommands.DraftForm;
import vn.phoihop.consultation.draft.DraftCommands.NewProvisionForm;
import vn.phoihop.consultation.draft.DraftCommands.ProvisionForm;
import vn.phoihop.consultation.redline.RedlineKind;
import vn.phoihop.consultation.redline.RedlineView;
import vn.phoihop.consultation.redline.Redlines;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * Drafts end to end through the services: create, import Dự thảo 1 and 2 from DOCX (ids kept, changes and origins),
 * the redline with the reasons for the drafting body only, an invitee limited to the versions it reads, edits in the
 * page (frozen and stale refused), bad files refused with nothing stored, and the DOCX table opening in LibreOffice.
 */
@SpringBootTest
class DraftsTests {

    @Autowired Drafts drafts;
    @Autowired Provisions provisions;
    @Autowired Redlines redlines;
    @Autowired VersionText versionText;
    @Autowired ConsultationFixtures consultation;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    private CurrentUser user(String name, String org, Role... roles) {
        return Fixtures.principal(fixtures.user(name, org, EnumSet.of(roles[0], roles), Clearance.NONE));
    }

    static final String[] V1 = {"QUY CHẾ PHỐI HỢP", "Chương I", "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc phối hợp giữa Ban Tổ chức và Công an tỉnh.",
        "Điều 2. Chế độ báo cáo", "1. Cơ quan chủ trì báo cáo Ban Bí thư hằng năm về kết quả thực hiện.",
        "2. Báo cáo có phụ lục số liệu kèm theo.",
        "Điều 3. Trách nhiệm", "Công an tỉnh chủ trì xây dựng kế hoạch kiểm tra định kỳ hằng quý."
            + " Tỉnh ủy chỉ đạo các huyện ủy phối hợp cung cấp thông tin kịp thời.",
        "Điều 4. Điều bị bỏ", "Nội dung hoàn toàn khác không còn giữ lại trong dự thảo mới nữa."};

    static final String[] V2 = {"QUY CHẾ PHỐI HỢP", "Chương I", "QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh", "Quy chế này quy định việc phối hợp giữa Ban Tổ chức và Công an tỉnh.",
        "Điều 2. Chế độ báo cáo", "1. Cơ quan chủ trì báo cáo Ban Bí thư sáu tháng một lần về kết quả thực hiện.",
        "2. Báo cáo có phụ lục số liệu kèm theo.",
        "Điều 3. Trách nhiệm của Công an tỉnh", "Công an tỉnh chủ trì xây dựng kế hoạch kiểm tra định kỳ hằng quý.",
        "Điều 4. Trách nhiệm của Tỉnh ủy", "Tỉnh ủy chỉ đạo các huyện ủy phối hợp cung cấp thông tin kịp thời.",
        "Điều 5. Điều khoản chuyển tiếp", "Các hồ sơ đang giải quyết tiếp tục thực hiện theo quy chế cũ."};

    @Test
    void importsTwoVersionsKeepsIdsAndShowsTheRedlineWithReasonsOnlyToTheDraftingBody() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CurrentUser central = user("cdraft.central", "CTDCT", Role.CENTRAL_STAFF);
        CurrentUser police = user("cdraft.bn", "T20-CA", Role.PROVINCE_POLICE_STAFF);
        long draft = Fixtures.as(central, () -> drafts.create(new DraftForm("Quy chế phối hợp " + tag,
                "Tóm tắt", "Ban Bí thư", "NONE", null)));
        long v1 = Fixtures.as(central, () -> drafts.importVersion(draft, "du-thao-1.docx",
                DraftImportTests.docx(V1), null));
        Map<String, ProvisionView> first = byTitle(Fixtures.as(central, () -> versionText.provisions(v1)));
        assertThat(first.values()).extracting(ProvisionView::change).containsOnly("NEW");

        // a round consults version 1, Bắc Ninh's police comments, the drafting body accepts
        long round = consultation.round(draft, v1, Instant.now().plus(10, ChronoUnit.DAYS), "FLAG");
        jdbc.sql("UPDATE consultation_version SET frozen_at = now() WHERE id = :v").param("v", v1).update();
        long invitation = consultation.invite(round, "T20-CA", LocalDate.of(2025, 8, 1));
        long article2 = first.get("Điều 2. Chế độ báo cáo").provisionId();
        long comment = consultation.comment(round, invitation, article2, "Đề nghị báo cáo sáu tháng " + tag,
                "SUBMITTED");
        jdbc.sql("UPDATE consultation_comment SET disposition = 'PARTLY_ACCEPTED', disposition_reason = :r"
                + " WHERE id = :c").param("r", "Tiếp thu, sửa kỳ báo cáo " + tag).param("c", comment).update();

        long v2 = Fixtures.as(central, () -> drafts.importVersion(draft, "du-thao-2.docx",
                DraftImportTests.docx(V2), "Sau lấy ý kiến"));
        Map<String, ProvisionView> second = byTitle(Fixtures.as(central, () -> versionText.provisions(v2)));
        assertThat(second.get("Điều 1. Phạm vi điều chỉnh").provisionId())
                .isEqualTo(first.get("Điều 1. Phạm vi điều chỉnh").provisionId());
        assertThat(second.get("Điều 1. Phạm vi điều chỉnh").change()).isEqualTo("UNCHANGED");
        assertThat(second.get("Điều 2. Chế độ báo cáo").provisionId()).isEqualTo(article2);
        assertThat(second.get("Điều 2. Chế độ báo cáo").change()).isEqualTo("EDITED");
        assertThat(second.get("Điều 3. Trách nhiệm của Công an tỉnh").provisionId())
                .isEqualTo(first.get("Điều 3. Trách nhiệm").provisionId());
        assertThat(second.get("Điều 4. Trách nhiệm của Tỉnh ủy").change()).isEqualTo("SPLIT");
        assertThat(second.get("Điều 5. Điều khoản chuyển tiếp").change()).isEqualTo("ADDED");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_provision_origin WHERE version_id = :v AND"
                + " source_provision_id = :s").param("v", v2).param("s", first.get("Điều 3. Trách nhiệm").provisionId())
                .query(Long.class).single()).as("each part of the split has an origin").isEqualTo(2);

        RedlineView redline = Fixtures.as(central, () -> redlines.redline(draft, v1, v2));
        assertThat(redline.rows()).extracting(RedlineView.Row::kind).containsExactly(RedlineKind.UNCHANGED,
                RedlineKind.EDITED, RedlineKind.SPLIT, RedlineKind.ADDED, RedlineKind.REMOVED);
        RedlineView.Row edited = redline.rows().get(1);
        assertThat(edited.reasons()).singleElement().satisfies(r -> {
            assertThat(r.organization()).isEqualTo("Công an tỉnh Bắc Ninh");
            assertThat(r.disposition()).isEqualTo("PARTLY_ACCEPTED");
            assertThat(r.reason()).isEqualTo("Tiếp thu, sửa kỳ báo cáo " + tag);
        });
        assertThat(redline.withReasons()).isTrue();
        assertThat(Fixtures.as(central, () -> redlines.redline(draft, v2, v1)).from().id()).as("either order")
                .isEqualTo(v1);

        // the invitee reads version 1 only, and never the reasons
        Fixtures.as(police, () -> {
            assertThat(drafts.find(draft).versions()).extracting(DraftViews.VersionSummary::id).containsExactly(v1);
            assertThatThrownBy(() -> redlines.redline(draft, v1, v2)).isInstanceOf(UserFacingException.class)
                    .extracting(ex -> ((UserFacingException) ex).status()).isEqualTo(404);
            assertThatThrownBy(() -> versionText.provisions(v2)).isInstanceOf(UserFacingException.class);
            RedlineView own = redlines.redline(draft, null, null);
            assertThat(own.withReasons()).isFalse();
            assertThat(own.rows()).allSatisfy(r -> assertThat(r.reasons()).isEmpty());
            assertThatThrownBy(() -> drafts.importVersion(draft, "x.docx", DraftImportTests.docx(V2), null))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });

        String pdfHead = pdf(Fixtures.as(central, () -> redlines.docx(draft, v1, v2)));
        assertThat(pdfHead).startsWith("%PDF");
    }

    @Test
    void aBadFileIsRefusedAndNothingIsStored() {
        CurrentUser central = user("cdraft.central", "CTDCT", Role.CENTRAL_STAFF);
        long draft = Fixtures.as(central, () -> drafts.create(new DraftForm("Dự thảo tệp hỏng", null, null, null,
                null)));
        long before = jdbc.sql("SELECT count(*) FROM consultation_provision").query(Long.class).single();
        assertThatThrownBy(() -> Fixtures.as(central, () -> drafts.importVersion(draft, "hong.docx",
                "không phải DOCX".getBytes(java.nio.charset.StandardCharsets.UTF_8), null)))
                .isInstanceOf(UserFacingException.class).hasMessage("consultation.version.import.notDocx");
        assertThatThrownBy(() -> Fixtures.as(central, () -> drafts.importVersion(draft, "trong.docx",
                DraftImportTests.docx("Chỉ có lời mở đầu"), null)))
                .isInstanceOf(UserFacingException.class).hasMessage("consultation.version.import.noArticle");
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_version WHERE draft_id = :d").param("d", draft)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_provision").query(Long.class).single())
                .isEqualTo(before);
        assertThatThrownBy(() -> Fixtures.as(central, () -> drafts.create(new DraftForm(" ", null, null, null,
                null)))).hasMessage("consultation.draft.title.required");
        assertThatThrownBy(() -> Fixtures.as(central, () -> drafts.create(new DraftForm("Mật quá", null, null,
                "TOP_SECRET", null)))).hasMessage("consultation.draft.secrecy.aboveClearance");
    }

    @Test
    void editsInThePageRefuseAFrozenVersionAndAStaleEditAndShowInTheRedline() {
        CurrentUser central = user("cdraft.central", "CTDCT", Role.CENTRAL_STAFF);
        long draft = Fixtures.as(central, () -> drafts.create(new DraftForm("Dự thảo sửa trực tiếp", null, null,
                null, null)));
        long v1 = Fixtures.as(central, () -> drafts.importVersion(draft, null, DraftImportTests.docx(V1), null));
        jdbc.sql("UPDATE consultation_version SET frozen_at = now() WHERE id = :v").param("v", v1).update();
        ProvisionView article1 = Fixtures.as(central, () -> versionText.provisions(v1)).stream()
                .filter(ProvisionView::article).findFirst().orElseThrow();
        assertThatThrownBy(() -> Fixtures.as(central, () -> {
            provisions.edit(draft, v1, article1.provisionId(), new ProvisionForm("X", "Y", article1.rowVersion()));
            return null;
        })).hasMessage("consultation.version.frozen");

        long v2 = Fixtures.as(central, () -> drafts.copyVersion(draft, null));
        ProvisionView copy = Fixtures.as(central, () -> versionText.provisions(v2)).stream()
                .filter(p -> p.provisionId() == article1.provisionId()).findFirst().orElseThrow();
        Fixtures.as(central, () -> {
            provisions.edit(draft, v2, copy.provisionId(), new ProvisionForm(copy.heading(),
                    copy.body() + " Có sửa đổi.", copy.rowVersion()));
            return null;
        });
        assertThatThrownBy(() -> Fixtures.as(central, () -> {
            provisions.edit(draft, v2, copy.provisionId(), new ProvisionForm("Cũ", "Cũ", copy.rowVersion()));
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("consultation.provision.stale");
        long added = Fixtures.as(central, () -> provisions.add(draft, v2, new NewProvisionForm(copy.provisionId(),
                "ARTICLE", "Điều 1a", "Điều mới", "Nội dung mới.")));
        ProvisionView last = Fixtures.as(central, () -> versionText.provisions(v2)).stream()
                .filter(p -> p.label().equals("Điều 4")).findFirst().orElseThrow();
        Fixtures.as(central, () -> {
            provisions.delete(draft, v2, last.provisionId(), last.rowVersion());
            return null;
        });

        List<ProvisionView> text = Fixtures.as(central, () -> versionText.provisions(v2));
        assertThat(text.get(1).provisionId()).isEqualTo(article1.provisionId());
        assertThat(text.get(1).change()).isEqualTo("EDITED");
        assertThat(text.get(2).provisionId()).as("added right after the article").isEqualTo(added);
        RedlineView redline = Fixtures.as(central, () -> redlines.redline(draft, null, null));
        assertThat(redline.rows()).extracting(RedlineView.Row::kind).containsExactly(RedlineKind.EDITED,
                RedlineKind.ADDED, RedlineKind.UNCHANGED, RedlineKind.UNCHANGED, RedlineKind.REMOVED);
    }

    private static Map<String, ProvisionView> byTitle(List<ProvisionView> provisions) {
        return provisions.stream().collect(Collectors.toMap(ProvisionView::title, p -> p, (a, b) -> a));
    }

    /** The first bytes of the PDF LibreOffice makes of the DOCX. */
    private static String pdf(byte[] docx) throws Exception {
        return LibreOffice.pdfHeader(docx, "so-sanh.docx");
    }
}
