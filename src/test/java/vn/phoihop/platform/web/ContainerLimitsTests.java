package vn.phoihop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.Role;
import vn.phoihop.support.Fixtures;

/**
 * Against a real server (raw HTTP over a socket, so nothing is buffered for us): uploads over the cap are refused
 * from their {@code Content-Length} without the body being read (the test sends the headers of a 50 MB body and
 * no body at all, so a server that tried to read it would never answer), after the caller's rights are checked; a
 * chunked body is stopped at the cap; and errors that Tomcat answers itself carry the security headers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "phoihop.import.max-bytes=1MB")
class ContainerLimitsTests {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @LocalServerPort int port;
    @Autowired ApiTokens tokens;
    @Autowired Fixtures fixtures;

    @Test
    void fiftyMegabytesToTheImportApiAre413WithoutBeingRead() throws IOException {
        String token = tokens.issue(fixtures.demoAdmin()).accessToken();
        String response = exchange("POST /api/v1/organizations/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\nContent-Length: " + FIFTY_MB
                + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(status(response)).isEqualTo(413);
        assertThat(response).contains("application/problem+json").contains("Tệp tải lên quá lớn (tối đa 1 MB)");
    }

    @Test
    void aViewerIsRefusedBeforeTheBodyIsRead() throws IOException {
        String token = tokens.issue(Fixtures.principal(fixtures.user("upload.viewer", "T20-CA", Role.VIEWER)))
                .accessToken();
        String response = exchange("POST /api/v1/organizations/import HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\nContent-Length: " + FIFTY_MB
                + "\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(status(response)).isEqualTo(403);
    }

    @Test
    void aChunkedBodyIsStoppedAtTheCap() throws IOException {
        String token = tokens.issue(fixtures.demoAdmin()).accessToken();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 20; i++) {
            body.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(chunk);
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        String response = exchange("POST /api/v1/organizations/import?dryRun=true HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n", body.toByteArray());
        assertThat(status(response)).isEqualTo(413);
    }

    @Test
    void aLargeMultipartUploadToTheImportPageIs413WithAVietnamesePage() throws IOException {
        String response = exchange("POST /organizations/import HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + FIFTY_MB
                + "\r\nAccept-Language: vi\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(status(response)).isEqualTo(413);
        assertThat(response).contains("Tệp tải lên quá lớn (tối đa 1 MB)").contains("X-Frame-Options: DENY");
    }

    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders() throws IOException {
        String response = exchange("GET /" + "a".repeat(10 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n", new byte[0]);
        assertThat(status(response)).isEqualTo(400);
        assertThat(response).contains("Content-Security-Policy: default-src 'none'")
                .contains("X-Frame-Options: DENY").contains("X-Content-Type-Options: nosniff")
                .contains("Referrer-Policy: strict-origin-when-cross-origin").contains("Yêu cầu không được xử lý")
                .doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
    }

    @Test
    void aMalformedRequestLineGetsTheHeadersToo() throws IOException {
        String response = exchange("GET /a|b{c} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertThat(status(response)).isEqualTo(400);
        assertThat(response).contains("X-Frame-Options: DENY").doesNotContainIgnoringCase("tomcat");
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
