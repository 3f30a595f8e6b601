package vn.phoihop.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.phoihop.platform.UserFacingException;

/**
 * The size cap of uploaded files ({@code phoihop.import.max-bytes}, default 10 MB). An API controller checks the
 * caller's rights first and then reads the body through {@link #read}, so a caller without rights is refused
 * before a byte is read, and a body over the cap is refused (413) from its {@code Content-Length} without being
 * read, or, when chunked, as soon as it passes the cap. Multipart uploads from pages are capped by
 * {@link UploadConfiguration} the same way, with the cap of their path: a module's {@link UploadCap} where one
 * covers it, else this one.
 */
@Component
public class Uploads {

    /** The message key of a refused upload (argument: the cap in MB). */
    static final String TOO_LARGE = "upload.tooLarge";

    private final long maxBytes;

    private final List<UploadCap> caps;

    Uploads(@Value("${phoihop.import.max-bytes:10MB}") DataSize maxBytes, ObjectProvider<UploadCap> caps) {
        this.maxBytes = maxBytes.toBytes();
        this.caps = caps.orderedStream().toList();
    }

    /** The largest file accepted by a request for {@code path}: the cap of a module that covers it, else the import's. */
    public long maxBytes(String path) {
        return caps.stream().filter(c -> c.covers(path)).findFirst().map(c -> c.maxSize().toBytes()).orElse(maxBytes);
    }

    /** {@link #maxBytes(String)} in whole megabytes, for messages. */
    public long maxMegabytes(String path) {
        return Math.max(1, maxBytes(path) / (1024 * 1024));
    }

    /** The largest cap of all, which the container's multipart limits must allow. */
    long largestBytes() {
        return caps.stream().mapToLong(c -> c.maxSize().toBytes()).reduce(maxBytes, Math::max);
    }

    /** The largest accepted file, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The cap in whole megabytes, for messages. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / (1024 * 1024));
    }

    /**
     * The request body, at most {@link #maxBytes()} long.
     *
     * @throws UserFacingException 413 when the body is (or announces itself as) longer
     */
    public byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(Math.toIntExact(maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        }
    }

    UserFacingException tooLarge() {
        return new UserFacingException(413, TOO_LARGE, maxMegabytes());
    }
}
