package vn.phoihop.document.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.document.SecrecyMark;
import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.support.Fixtures;

/**
 * A deployment on an isolated network ({@code phoihop.document.network=ISOLATED_LAN}) with a 1 MB attachment cap,
 * against a real server over raw HTTP (nothing buffered for us): secret documents take and give files, and each
 * read of one is audited; an upload over the cap is refused with 413 from its {@code Content-Length} without its
 * body being read (the test sends the headers of 50 MB and no body, so a server that tried to read it would never
 * answer), and a chunked one that announces no length is stopped at the cap; the import keeps its own cap.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "phoihop.document.network=ISOLATED_LAN", "phoihop.document.max-attachment-size=1MB" })
class IsolatedNetworkTests {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @LocalServerPort int port;
    @Autowired ApiTokens tokens;
    @Autowired Fixtures fixtures;
    @Autowired AttachmentFixtures files;
    @Autowired DocumentSettings settings;
    @Autowired JdbcClient jdbc;

    private CurrentUser cleared() {
        return Fixtures.principal(fixtures.user("att.lan.police", "T20-CA", EnumSet.of(Role.PROVINCE_POLICE_STAFF),
                Clearance.TOP_SECRET));
    }

    @Test
    void secretDocumentsTakeAndGiveFilesAndEachReadIsAudited() throws IOException {
        assertThat(settings.secretContentAllowed()).isTrue();
        long document = files.document("ATT-LAN-SECRET", "T20-CA", false, SecrecyMark.TOP_SECRET);
        String token = tokens.issue(cleared()).accessToken();
        byte[] pdf = AttachmentFixtures.pdf("Tuyet mat");
        String boundary = "phoihopboundary";
        byte[] body = multipart(boundary, "tuyet-mat.pdf", pdf);
        long readsBefore = reads(document);

        String created = exchange("POST /api/v1/documents/" + document + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body);
        assertThat(status(created)).isEqualTo(201);
        long attachment = files.attachmentId(document, "tuyet-mat.pdf");

        String download = exchange("GET /api/v1/documents/" + document + "/attachments/" + attachment + "/content"
                + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertThat(status(download)).isEqualTo(200);
        assertThat(download).contains("Content-Type: application/pdf").contains("%PDF-");
        assertThat(reads(document)).as("the upload and the download each read the secret document")
                .isGreaterThanOrEqualTo(readsBefore + 2);
    }

    private long reads(long document) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'document.read' AND target_id = :d")
                .param("d", String.valueOf(document)).query(Long.class).single();
    }

    @Test
    void fiftyMegabytesAreRefusedFromTheirLengthWithoutBeingRead() throws IOException {
        long document = files.document("ATT-LAN-BIG", "T20-CA", false, SecrecyMark.NONE);
        String token = tokens.issue(cleared()).accessToken();
        String response = exchange("POST /api/v1/documents/" + document + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                + "Content-Length: " + FIFTY_MB + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(status(response)).isEqualTo(413);
        assertThat(response).contains("application/problem+json").contains("Tệp tải lên quá lớn (tối đa 1 MB)");

        String page = exchange("POST /documents/" + document + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + FIFTY_MB
                + "\r\nAccept-Language: vi\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(status(page)).isEqualTo(413);
        assertThat(page).contains("Tệp tải lên quá lớn (tối đa 1 MB)");
        assertThat(versions(document)).isZero();
    }

    @Test
    void aChunkedUploadThatAnnouncesNoLengthIsStoppedAtTheCap() throws IOException {
        long document = files.document("ATT-LAN-CHUNKED", "T20-CA", false, SecrecyMark.NONE);
        String token = tokens.issue(cleared()).accessToken();
        byte[] big = new byte[2 * 1024 * 1024];
        System.arraycopy(AttachmentFixtures.pdf("a"), 0, big, 0, 5);
        byte[] body = multipart("x", "lon.pdf", big);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 64 * 1024) {
            int length = Math.min(64 * 1024, body.length - offset);
            chunked.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(body, offset, length);
            chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String response = exchange("POST /api/v1/documents/" + document + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunked.toByteArray());
        assertThat(status(response)).isEqualTo(413);
        assertThat(versions(document)).isZero();
    }

    @Test
    void theImportKeepsItsOwnCap() throws IOException {
        String token = tokens.issue(fixtures.demoAdmin()).accessToken();
        String response = exchange("POST /api/v1/organizations/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\nContent-Length: " + FIFTY_MB
                + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(status(response)).isEqualTo(413);
        assertThat(response).contains("Tệp tải lên quá lớn (tối đa 10 MB)");
    }

    private long versions(long document) {
        return jdbc.sql("SELECT count(*) FROM attachment WHERE document_id = :d").param("d", document)
                .query(Long.class).single();
    }

    private static byte[] multipart(String boundary, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Sends raw bytes and reads until the server closes the connection (a safety timeout fails the test). */
    private String exchange(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            }
            catch (IOException closedEarly) {
                // The server may answer and close before the whole body is sent; the answer is what counts.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }
}
