package vn.phoihop.document.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoihop.platform.UserFacingException;

/**
 * How a stored file leaves PhoiHop, the same from the pages and the API: always as a download
 * ({@code Content-Disposition: attachment}, never rendered inline), with the media type detected when it was stored,
 * {@code X-Content-Type-Options: nosniff}, and the file name twice: an ASCII fallback (parameter {@code filename}) and
 * the exact NFC name ({@code filename*=UTF-8''...}, RFC 6266 / RFC 5987). Quotes, backslashes and control characters
 * never reach the header as they are.
 */
public final class Downloads {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Downloads() {
    }

    /** The response that sends {@code file}. */
    public static ResponseEntity<byte[]> of(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .eTag("\"" + file.sha256() + "\"")
                .body(file.content());
    }

    /** The header value: disposition attachment, the ASCII fallback in filename, the UTF-8 name in filename*. */
    public static String contentDisposition(String fileName) {
        return ContentDisposition.attachment().filename(FileNames.asciiFallback(fileName)).build()
                + "; filename*=UTF-8''" + rfc5987(fileName);
    }

    /**
     * The version a path names: a number from 1, or {@code latest} ({@code null}, the current version).
     *
     * @throws UserFacingException 400 for anything else
     */
    public static Integer version(String text) {
        if ("latest".equals(text)) {
            return null;
        }
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            throw UserFacingException.invalid("attachment.version.invalid", text);
        }
        return Integer.valueOf(text);
    }

    private static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR.indexOf(c) >= 0) {
                out.append(c);
            }
            else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
