package vn.phoihop.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;

/**
 * The file store through its service, in the default (internet-facing) mode: what is stored (bytes, SHA-256, type,
 * versions, the document's attachment text, audit rows) and what is refused without storing anything (too large,
 * also from a client that sends more than it announced; a type that does not match the name; an archive bomb; a
 * secret document's files; documents the user may not read or write).
 */
@SpringBootTest
class AttachmentStoreTests {

    @Autowired Attachments attachments;
    @Autowired AttachmentFixtures files;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DocumentSettings settings;

    private CurrentUser police() {
        return Fixtures.principal(fixtures.user("att.police", "T20-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF),
                Clearance.TOP_SECRET));
    }

    private CurrentUser viewer() {
        return Fixtures.principal(fixtures.user("att.viewer", "T20-CA", EnumSet.of(Role.VIEWER), Clearance.NONE));
    }

    private AttachmentView upload(long document, Long attachmentId, String name, byte[] content) {
        return as(police(), () -> {
            try {
                return attachments.upload(document, attachmentId, name, content.length, new ByteArrayResource(content));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return Fixtures.as(user, work);
    }

    private long versions(long document) {
        return jdbc.sql("SELECT count(*) FROM attachment_version v JOIN attachment a ON a.id = v.attachment_id"
                + " WHERE a.document_id = :d").param("d", document).query(Long.class).single();
    }

    @Test
    void theStoredSha256IsThatOfTheBytesAndTheTypeComesFromThem() throws Exception {
        long document = files.document("ATT-SHA", "T20-CA", false, SecrecyMark.NONE);
        byte[] pdf = AttachmentFixtures.pdf("Ke hoach 118");

        AttachmentView stored = upload(document, null, "Kế hoạch 118.pdf", pdf);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(stored.versions()).singleElement().satisfies(v -> {
            assertThat(v.sha256()).isEqualTo(expected);
            assertThat(v.size()).isEqualTo(pdf.length);
            assertThat(v.mediaType()).isEqualTo("application/pdf");
            assertThat(v.createdBy()).isEqualTo("att.police");
        });
        assertThat(jdbc.sql("SELECT encode(sha256(content), 'hex') FROM attachment_version WHERE attachment_id = :a")
                .param("a", stored.id()).query(String.class).single()).isEqualTo(expected);
        StoredFile back = as(viewer(), () -> attachments.download(document, stored.id(), null));
        assertThat(back.content()).isEqualTo(pdf);
        assertThat(back.fileName()).isEqualTo("Kế hoạch 118.pdf");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'attachment.uploaded' AND target_id = :d")
                .param("d", String.valueOf(document)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameNameAddsAVersionAndOlderVersionsStayDownloadable() {
        long document = files.document("ATT-VERSIONS", "T20-CA", false, SecrecyMark.NONE);
        byte[] first = AttachmentFixtures.docx("Bản thứ nhất");
        byte[] second = AttachmentFixtures.docx("Bản thứ hai");
        byte[] third = AttachmentFixtures.docx("Bản thứ ba");
        byte[] fourth = AttachmentFixtures.docx("Phụ lục");

        AttachmentView v1 = upload(document, null, "ke-hoach.docx", first);
        AttachmentView v2 = upload(document, null, "ke-hoach.docx", second);
        AttachmentView v3 = upload(document, null, "KE-HOACH.DOCX", third);
        AttachmentView v4 = upload(document, v1.id(), "phu-luc.docx", fourth);

        assertThat(v2.id()).isEqualTo(v1.id());
        assertThat(v3.id()).isEqualTo(v1.id());
        assertThat(v4.id()).isEqualTo(v1.id());
        assertThat(v4.currentVersion()).isEqualTo(4);
        assertThat(v4.name()).isEqualTo("ke-hoach.docx");
        assertThat(v4.versions()).extracting(AttachmentView.Version::version).containsExactly(4, 3, 2, 1);
        assertThat(v4.versions().get(0).fileName()).isEqualTo("phu-luc.docx");
        as(viewer(), () -> {
            assertThat(attachments.download(document, v1.id(), 1).content()).isEqualTo(first);
            assertThat(attachments.download(document, v1.id(), 2).content()).isEqualTo(second);
            assertThat(attachments.download(document, v1.id(), null).content()).isEqualTo(fourth);
            assertThat(attachments.list(document).attachments()).singleElement();
            assertThatThrownBy(() -> attachments.download(document, v1.id(), 5))
                    .isInstanceOfSatisfying(UserFacingException.class, ex -> assertThat(ex.status()).isEqualTo(404));
            return null;
        });
    }

    @Test
    void theTextOfTheCurrentVersionsIsTheDocumentsAttachmentText() {
        long document = files.document("ATT-TEXT", "T20-CA", false, SecrecyMark.NONE);
        AttachmentView rules = upload(document, null, "quy-che.docx", AttachmentFixtures.docx("Quy chế phối hợp"));
        AttachmentView list = upload(document, null, "danh-sach.xlsx", AttachmentFixtures.xlsx("Đội cảnh sát"));
        upload(document, null, "anh.png", AttachmentFixtures.png());
        assertThat(attachmentText(document)).contains("Quy chế phối hợp", "Đội cảnh sát");

        upload(document, rules.id(), "quy-che-sua.docx", AttachmentFixtures.docx("Quy chế đã sửa đổi"));
        assertThat(attachmentText(document)).contains("Quy chế đã sửa đổi", "Đội cảnh sát")
                .doesNotContain("Quy chế phối hợp");

        String deleted = as(police(), () -> attachments.delete(document, list.id()));
        assertThat(deleted).isEqualTo("danh-sach.xlsx");
        assertThat(attachmentText(document)).contains("Quy chế đã sửa đổi").doesNotContain("Đội cảnh sát");
        assertThat(as(viewer(), () -> attachments.list(document)).attachments()).extracting(AttachmentView::name)
                .containsExactly("quy-che.docx", "anh.png");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'attachment.deleted' AND target_id = :d")
                .param("d", String.valueOf(document)).query(Long.class).single()).isEqualTo(1);
    }

    private String attachmentText(long document) {
        return jdbc.sql("SELECT attachment_text FROM document WHERE id = :d").param("d", document)
                .query(String.class).single();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingStoredEvenWhenItsSizeWasNotAnnounced() {
        long document = files.document("ATT-LIMIT", "T20-CA", false, SecrecyMark.NONE);
        long max = settings.maxAttachmentSize().toBytes();
        AtomicLong read = new AtomicLong();
        InputStreamSource endless = () -> new InputStream() {
            @Override
            public int read() {
                return read.incrementAndGet() == 1 ? '%' : 0;
            }
        };

        assertThatThrownBy(() -> as(police(), () -> uploadRaw(document, "lon.pdf", max + 1, endless)))
                .isInstanceOfSatisfying(UserFacingException.class, ex -> {
                    assertThat(ex.status()).isEqualTo(413);
                    assertThat(ex.messageKey()).isEqualTo("upload.tooLarge");
                });
        assertThat(read).as("an announced size over the cap is refused before a byte is read").hasValue(0);

        assertThatThrownBy(() -> as(police(), () -> uploadRaw(document, "noi-doi.pdf", 1_000, endless)))
                .isInstanceOfSatisfying(UserFacingException.class, ex -> assertThat(ex.status()).isEqualTo(413));
        assertThat(read.get()).as("a client that sends more than it announced is read up to the cap plus one")
                .isLessThanOrEqualTo(max + 1);
        assertThat(versions(document)).isZero();
    }

    private AttachmentView uploadRaw(long document, String name, long announced, InputStreamSource content) {
        try {
            return attachments.upload(document, null, name, announced, content);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void aWrongTypeOrAnArchiveBombIsRefusedAndNothingIsStored() {
        long document = files.document("ATT-TYPE", "T20-CA", false, SecrecyMark.NONE);
        assertThatThrownBy(() -> upload(document, null, "bao-cao.docx", AttachmentFixtures.pdf("a")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("attachment.type.mismatch"));
        assertThatThrownBy(() -> upload(document, null, "bom.docx", AttachmentFixtures.zipBombDocx(150)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("attachment.archiveBomb"));
        assertThatThrownBy(() -> upload(document, null, "rong.pdf", new byte[0]))
                .isInstanceOfSatisfying(UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("attachment.empty"));
        assertThat(versions(document)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM attachment WHERE document_id = :d").param("d", document)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSecretDocumentTakesAndGivesNoFilesInTheInternetFacingMode() {
        assertThat(settings.secretContentAllowed()).isFalse();
        long document = files.document("ATT-SECRET", "T20-CA", false, SecrecyMark.CONFIDENTIAL);
        long existing = files.attachment(document, "truoc-khi-mat.pdf");

        assertThatThrownBy(() -> upload(document, null, "mat.pdf", AttachmentFixtures.pdf("a")))
                .isInstanceOfSatisfying(UserFacingException.class, ex -> {
                    assertThat(ex.status()).isEqualTo(403);
                    assertThat(ex.messageKey()).isEqualTo("attachment.secret.withheld");
                });
        as(police(), () -> {
            assertThat(attachments.list(document).contentAllowed()).isFalse();
            assertThatThrownBy(() -> attachments.download(document, existing, null))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            ex -> assertThat(ex.messageKey()).isEqualTo("attachment.secret.withheld"));
            return null;
        });
        assertThat(versions(document)).isEqualTo(1);
    }

    @Test
    void documentsTheUserMayNotReadAreNotFoundAndOnlyTheIssuersWritersUpload() {
        long hanoiDraft = files.document("ATT-HN-DRAFT", "T01-CA", true, SecrecyMark.NONE);
        long hanoiFile = files.attachment(hanoiDraft, "du-thao.pdf");
        long confidential = files.document("ATT-CONF", "T20-CA", false, SecrecyMark.CONFIDENTIAL);
        long plain = files.document("ATT-PLAIN", "T20-CA", false, SecrecyMark.NONE);
        as(viewer(), () -> {
            for (Runnable call : new Runnable[] { () -> attachments.list(hanoiDraft),
                    () -> attachments.download(hanoiDraft, hanoiFile, null), () -> attachments.list(confidential) }) {
                assertThatThrownBy(call::run).isInstanceOfSatisfying(UserFacingException.class,
                        ex -> assertThat(ex.status()).isEqualTo(404));
            }
            assertThat(attachments.list(plain).writable()).isFalse();
            assertThatThrownBy(() -> attachments.upload(plain, null, "a.pdf", 10,
                    new ByteArrayResource(AttachmentFixtures.pdf("a")))).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        assertThatThrownBy(() -> upload(hanoiDraft, null, "a.pdf", AttachmentFixtures.pdf("a")))
                .isInstanceOfSatisfying(UserFacingException.class, ex -> assertThat(ex.status()).isEqualTo(404));
        assertThat(as(police(), () -> attachments.list(plain)).writable()).isTrue();
    }
}
