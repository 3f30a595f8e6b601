package vn.phoihop.document.output;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoihop.platform.Texts;

/**
 * A generated DOCX and its file name: the notation with "/" as "-" ({@code 90-QĐ-TW.docx}), or
 * {@code van-ban-<id>.docx} for a draft without a number.
 */
public record DocxFile(String fileName, byte[] content) {

    public static final MediaType MEDIA_TYPE = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static DocxFile of(long documentId, String notation, byte[] content) {
        String base = notation == null ? "van-ban-" + documentId
                : Texts.nfc(notation).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return new DocxFile((base.isEmpty() ? "van-ban-" + documentId : base) + ".docx", content);
    }

    /** The file name in ASCII for clients that ignore {@code filename*}: {@code 90-QD-TW.docx}. */
    public String asciiFileName() {
        String folded = Normalizer.normalize(fileName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    /**
     * A download response: the DOCX type, {@code attachment} with the ASCII name and the UTF-8 name
     * ({@code filename*}), and no caching (the content may be confidential).
     */
    public ResponseEntity<byte[]> response() {
        String disposition = ContentDisposition.attachment().filename(asciiFileName()).build() + "; filename*=UTF-8''"
                + encode(fileName);
        return ResponseEntity.ok().contentType(MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(content);
    }

    /** RFC 5987 percent-encoding of the UTF-8 bytes (attr-char kept). */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append(c);
            }
            else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }
}
