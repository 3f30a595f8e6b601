package vn.phoihop.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.document.attachment.AttachmentFixtures;
import vn.phoihop.document.register.DocumentCommands.ChangeStatus;
import vn.phoihop.document.register.DocumentCommands.EditDocument;
import vn.phoihop.document.register.DocumentCommands.IssueDocument;
import vn.phoihop.document.register.DocumentIssuers;
import vn.phoihop.document.register.DocumentQueries;
import vn.phoihop.document.register.DocumentRegister;
import vn.phoihop.document.register.DocumentView;
import vn.phoihop.document.register.FieldRefusal;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * The register on the embedded PostgreSQL: drafts and issuing, numbering series (per abbreviation and issuer within
 * a term or year, shared by types of one abbreviation and by secret documents), a taken number refused also under two
 * concurrent requests, optimistic locking, the internet-facing rule on secret content, issuers as named on the issue
 * date. Each test numbers in a year of its own (after the configured terms, so series are per calendar year).
 */
@SpringBootTest
@RecordApplicationEvents
class DocumentRegisterTests {

    @Autowired ApplicationEvents events;

    @Autowired DocumentFixtures documents;
    @Autowired AttachmentFixtures attachments;
    @Autowired DocumentRegister register;
    @Autowired DocumentQueries queries;
    @Autowired DocumentIssuers issuers;
    @Autowired JdbcClient jdbc;
    @Autowired Documents contract;

    private EditDocument command(String typeCode, String orgCode, String title, Integer number, LocalDate issuedOn,
            SecrecyMark secrecy, String summary, boolean issue) {
        return new EditDocument(null, typeCode, number, null, documents.id(orgCode), issuedOn, "Bắc Ninh", "Người ký",
                "Bí thư", null, title, summary, null, secrecy, UrgencyMark.URGENT, null, null,
                List.of(documents.id("T20-CA")), "Lưu VP\n\nCác đồng chí Thường trực", "thử, sổ đăng ký, thử", issue,
                null);
    }

    private int count(String title) {
        return jdbc.sql("SELECT count(*) FROM document WHERE title = :t").param("t", title).query(Integer.class)
                .single();
    }

    @Test
    void aDraftIsIssuedWithTheNextNumberOfItsSeriesAndPrintedNotation() {
        CurrentUser writer = documents.writer("T20-TU");
        LocalDate date = LocalDate.of(2041, 3, 2);
        long first = documents.document("T20-TU", "PARTY_KH", "Kế hoạch thử số 1 năm 2041", 7, date, SecrecyMark.NONE);
        long draft = Fixtures.as(writer, () -> register.create(command("PARTY_KH", "T20-TU",
                "Dự thảo kế hoạch thử năm 2041", null, null, SecrecyMark.NONE, "Tóm tắt", false)));

        DocumentView before = Fixtures.as(writer, () -> queries.view(draft));
        assertThat(before.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(before.notation()).isNull();
        assertThat(before.tags()).containsExactly("sổ đăng ký", "thử");
        assertThat(before.recipients()).extracting(DocumentView.Recipient::text)
                .containsExactly("Công an tỉnh Bắc Ninh", "Lưu VP", "Các đồng chí Thường trực");

        Fixtures.as(writer, () -> {
            assertThat(register.propose(null, "PARTY_KH", documents.id("T20-TU"), date).printed())
                    .isEqualTo("Số 08-KH/TU");
            register.issue(draft, new IssueDocument(null, null, date, before.version()));
            return null;
        });

        DocumentView issued = Fixtures.as(writer, () -> queries.view(draft));
        assertThat(issued.status()).isEqualTo(DocumentStatus.ISSUED);
        assertThat(issued.notation()).isEqualTo("08-KH/TU");
        assertThat(issued.printedNotation()).isEqualTo("Số 08-KH/TU");
        assertThat(issued.issuerName()).isEqualTo("Tỉnh ủy Bắc Ninh");
        assertThat(Fixtures.as(writer, () -> queries.view(first)).notation()).isEqualTo("07-KH/TU");
        assertThat(events.stream(DocumentIssued.class).filter(e -> e.documentId() == draft)).singleElement()
                .satisfies(e -> assertThat(e.notation()).isEqualTo("08-KH/TU"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'document.issued' AND target_id = :id")
                .param("id", String.valueOf(draft)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aNumberTakenInTheSeriesIsRefusedAcrossTypesOfOneAbbreviationAndAcrossSecrecyMarks() {
        LocalDate date = LocalDate.of(2042, 5, 5);
        documents.document("BBT", "PARTY_QD", "Quyết định thử số 90 năm 2042", 90, date, SecrecyMark.NONE);
        documents.document("BBT", "PARTY_KH", "Kế hoạch mật thử số 3 năm 2042", 3, date, SecrecyMark.CONFIDENTIAL);
        CurrentUser writer = documents.writer("BBT");

        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_QDI", "BBT",
                "Quy định thử trùng số 90", 90, date, SecrecyMark.NONE, null, true))))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("number");
                    assertThat(refusal.messageKey()).isEqualTo("document.number.taken");
                    assertThat(refusal.arguments()).contains(90, "90-QĐ/TW");
                });
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_KH", "BBT",
                "Kế hoạch thường thử trùng số 3", 3, date, SecrecyMark.NONE, null, true))))
                .hasMessage("document.number.taken");
        assertThat(count("Quy định thử trùng số 90") + count("Kế hoạch thường thử trùng số 3")).isZero();

        long nextYear = documents.document("BBT", "PARTY_QDI", "Quy định thử số 90 năm 2043", 90,
                LocalDate.of(2043, 1, 2), SecrecyMark.NONE);
        assertThat(Fixtures.as(writer, () -> queries.view(nextYear)).notation()).isEqualTo("90-QĐ/TW");
    }

    @Test
    void thePolitburoAndTheSecretariatNumberInTheCentralCommitteesSeries() {
        LocalDate date = LocalDate.of(2044, 3, 3);
        documents.document("BCT", "PARTY_NQ", "Nghị quyết thử của Bộ Chính trị số 7 năm 2044", 7, date,
                SecrecyMark.NONE);
        CurrentUser secretariat = documents.writer("BBT");

        assertThatThrownBy(() -> Fixtures.as(secretariat, () -> register.create(command("PARTY_NQ", "BBT",
                "Nghị quyết thử của Ban Bí thư trùng số 7", 7, date, SecrecyMark.NONE, null, true))))
                .isInstanceOfSatisfying(FieldRefusal.class, refusal -> assertThat(refusal.arguments())
                        .contains(7, "07-NQ/TW"));
        assertThat(count("Nghị quyết thử của Ban Bí thư trùng số 7")).isZero();
    }

    @Test
    void aTypedNotationIsParsedAndMustAgreeWithTheType() {
        CurrentUser writer = documents.writer("BCA");
        LocalDate date = LocalDate.of(2044, 2, 1);
        long id = documents.document("BCA", "STATE_CT", "Chỉ thị thử năm 2044", null, "số: 4 / ct - bca", date,
                SecrecyMark.NONE, null);
        DocumentView view = Fixtures.as(writer, () -> queries.view(id));
        assertThat(view.notation()).isEqualTo("04/CT-BCA");
        assertThat(view.printedNotation()).isEqualTo("Số: 04/CT-BCA");

        EditDocument wrongType = new EditDocument(null, "STATE_KH", null, "05/CT-BCA", documents.id("BCA"), date, null,
                null, null, null, "Kế hoạch thử sai ký hiệu", null, null, SecrecyMark.NONE, null, null, null, null,
                null, null, true, null);
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(wrongType)))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> assertThat(r.field()).isEqualTo("notation"))
                .hasMessage("document.notation.typeMismatch");
        EditDocument garbage = new EditDocument(null, "STATE_KH", null, "không phải ký hiệu", documents.id("BCA"), date,
                null, null, null, null, "Kế hoạch thử ký hiệu hỏng", null, null, SecrecyMark.NONE, null, null, null,
                null, null, null, true, null);
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(garbage)))
                .hasMessage("document.notation.state");
        assertThat(count("Kế hoạch thử ký hiệu hỏng")).isZero();
    }

    @Test
    void twoConcurrentRequestsForTheSameNumberStoreExactlyOne() throws Exception {
        CurrentUser writer = documents.writer("T20-TU");
        LocalDate date = LocalDate.of(2045, 6, 1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String title = "Nghị quyết thử đồng thời " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        Fixtures.as(writer, () -> register.create(command("PARTY_NQ", "T20-TU", title, 12, date,
                                SecrecyMark.NONE, null, true)));
                        return "stored";
                    }
                    catch (UserFacingException ex) {
                        return ex.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("stored", "document.number.taken");
        }
        finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM document WHERE title LIKE 'Nghị quyết thử đồng thời %'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        CurrentUser writer = documents.writer("T20-TU");
        long id = documents.document("T20-TU", "PARTY_HD", "Hướng dẫn thử sửa đồng thời", null, null,
                SecrecyMark.NONE);
        DocumentView loaded = Fixtures.as(writer, () -> queries.view(id));
        EditDocument first = command("PARTY_HD", "T20-TU", "Hướng dẫn thử sửa đồng thời", null, null,
                SecrecyMark.NONE, "Bản sửa thứ nhất", false);
        Fixtures.as(writer, () -> {
            register.update(id, withVersion(first, loaded.version()));
            return null;
        });
        EditDocument second = command("PARTY_HD", "T20-TU", "Hướng dẫn thử sửa đồng thời", null, null,
                SecrecyMark.NONE, "Bản sửa thứ hai, từ phiên bản cũ", false);
        assertThatThrownBy(() -> Fixtures.as(writer, () -> {
            register.update(id, withVersion(second, loaded.version()));
            return null;
        })).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.status()).isEqualTo(409);
            assertThat(ex.messageKey()).isEqualTo("document.stale");
        });
        assertThat(Fixtures.as(writer, () -> queries.view(id)).summary()).isEqualTo("Bản sửa thứ nhất");
    }

    private static EditDocument withVersion(EditDocument c, int version) {
        return new EditDocument(c.kind(), c.typeCode(), c.number(), c.notation(), c.issuerId(), c.issuedOn(),
                c.place(), c.signerName(), c.signerPosition(), c.signingAuthority(), c.title(), c.summary(), c.body(),
                c.secrecy(), c.urgency(), c.effectiveFrom(), c.effectiveTo(), c.recipientIds(), c.recipientLines(),
                c.tags(), c.issue(), version);
    }

    @Test
    void anInternetFacingDeploymentRefusesTheContentOfASecretDocument() {
        CurrentUser writer = documents.writer("DUCA");
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_KH", "DUCA",
                "Kế hoạch mật thử có nội dung", null, null, SecrecyMark.SECRET, "Nội dung mật", false))))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> assertThat(r.field()).isEqualTo("summary"))
                .hasMessage("document.secretContent");
        assertThat(count("Kế hoạch mật thử có nội dung")).isZero();
    }

    @Test
    void raisingTheMarkOfADocumentWithAttachmentsIsRefusedOnAnInternetFacingDeployment() {
        CurrentUser writer = documents.writer("T20-TU");
        long id = documents.document("T20-TU", "PARTY_HD", "Hướng dẫn thử có tệp rồi nâng độ mật", null, null,
                SecrecyMark.NONE);
        attachments.attachment(id, "phu-luc.pdf");
        DocumentView loaded = Fixtures.as(writer, () -> queries.view(id));
        EditDocument raised = command("PARTY_HD", "T20-TU", "Hướng dẫn thử có tệp rồi nâng độ mật", null, null,
                SecrecyMark.CONFIDENTIAL, null, false);
        assertThatThrownBy(() -> Fixtures.as(writer, () -> {
            register.update(id, withVersion(raised, loaded.version()));
            return null;
        })).isInstanceOfSatisfying(FieldRefusal.class, r -> assertThat(r.field()).isEqualTo("secrecy"))
                .hasMessage("document.secretContent.attachments");
        assertThat(Fixtures.as(writer, () -> queries.view(id)).secrecy()).isEqualTo(SecrecyMark.NONE);
    }

    @Test
    void badInputGetsAFieldRefusalAndChangesNothing() {
        CurrentUser writer = documents.writer("T20-TU");
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_KH", "T20-TU",
                "Kế hoạch thử ngày sai", 5, LocalDate.of(1900, 1, 1), SecrecyMark.NONE, null, true))))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> assertThat(r.field()).isEqualTo("issuedOn"));
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_KH", "T20-TU",
                "Kế hoạch thử dự thảo có số", 5, null, SecrecyMark.NONE, null, false))))
                .hasMessage("document.number.draft");
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_KH", "T20-TU", " ",
                null, null, SecrecyMark.NONE, null, false))))
                .isInstanceOfSatisfying(FieldRefusal.class, r -> assertThat(r.field()).isEqualTo("title"));
        assertThatThrownBy(() -> Fixtures.as(writer, () -> register.create(command("PARTY_KH", "T01-TU",
                "Kế hoạch thử của tỉnh khác", null, null, SecrecyMark.NONE, null, false))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(count("Kế hoạch thử ngày sai") + count("Kế hoạch thử dự thảo có số")
                + count("Kế hoạch thử của tỉnh khác")).isZero();
    }

    @Test
    void statusChangesByHandFollowTheRules() {
        CurrentUser writer = documents.writer("T20-TU");
        long id = documents.document("T20-TU", "PARTY_KL", "Kết luận thử trạng thái", 1, LocalDate.of(2046, 1, 5),
                SecrecyMark.NONE);
        int version = Fixtures.as(writer, () -> queries.view(id)).version();
        Fixtures.as(writer, () -> {
            register.changeStatus(id, new ChangeStatus(DocumentStatus.IN_FORCE, version));
            return null;
        });
        DocumentView inForce = Fixtures.as(writer, () -> queries.view(id));
        assertThat(inForce.status()).isEqualTo(DocumentStatus.IN_FORCE);
        assertThatThrownBy(() -> Fixtures.as(writer, () -> {
            register.changeStatus(id, new ChangeStatus(DocumentStatus.DRAFT, inForce.version()));
            return null;
        })).hasMessage("document.status.notAllowed");
    }

    @Test
    void theIssuerIsNamedAsOnTheIssueDateAndFoundThroughItsSuccessor() {
        // the demo data's 2024 plan of the former Tỉnh ủy Bắc Giang
        long bacGiang = documents.id("P1997-24-TU");
        long bacNinh = documents.id("T20-TU");
        long id = jdbc.sql("SELECT id FROM document WHERE issuer_id = :o AND notation = '150-KH/TU'")
                .param("o", bacGiang).query(Long.class).single();
        DocumentView view = Fixtures.as(documents.reader("doc.viewer.bn", "T20-TU",
                vn.phoihop.account.Role.VIEWER, vn.phoihop.account.Clearance.NONE), () -> queries.view(id));
        assertThat(view.issuerName()).isEqualTo("Tỉnh ủy Bắc Giang");
        assertThat(issuers.withPredecessors(bacNinh)).contains(bacNinh, bacGiang);
    }

    @Test
    void replacingADocumentRegistersDocumentReplaced() {
        LocalDate date = LocalDate.of(2051, 2, 2);
        long old = documents.document("BCT", "PARTY_KL", "Kết luận thử bị thay thế 2051", 1, date, SecrecyMark.NONE);
        long replacement = documents.document("BCT", "PARTY_KL", "Kết luận thử thay thế 2051", 2, date.plusDays(1),
                SecrecyMark.NONE);
        documents.relate("BCT", replacement, old, vn.phoihop.document.register.DocumentCommands.RelationKind.REPLACES);
        assertThat(events.stream(DocumentReplaced.class)).contains(new DocumentReplaced(old, replacement));
        assertThat(jdbc.sql("SELECT status FROM document WHERE id = :id").param("id", old).query(String.class)
                .single()).isEqualTo("REPLACED");
    }

    @Test
    void otherModulesFindOnlyWhatTheActingReaderMayRead() {
        long marked = documents.document("DUCA", "PARTY_CT", "Chỉ thị mật thử cho mô-đun khác 2052", 1,
                LocalDate.of(2052, 1, 3), SecrecyMark.CONFIDENTIAL);
        CurrentUser unclassified = documents.reader("doc.contract.none", "T20-CA",
                vn.phoihop.account.Role.VIEWER, vn.phoihop.account.Clearance.NONE);
        CurrentUser cleared = documents.reader("doc.contract.mat", "T20-CA", vn.phoihop.account.Role.VIEWER,
                vn.phoihop.account.Clearance.CONFIDENTIAL);
        assertThat(Fixtures.as(unclassified, () -> contract.find(marked))).isEmpty();
        assertThat(Fixtures.as(cleared, () -> contract.find(marked))).hasValueSatisfying(summary -> {
            assertThat(summary.notation()).isEqualTo("01-CT/ĐUCA");
            assertThat(summary.secrecy()).isEqualTo(SecrecyMark.CONFIDENTIAL);
            assertThat(summary.status()).isEqualTo(DocumentStatus.ISSUED);
        });
    }
}
