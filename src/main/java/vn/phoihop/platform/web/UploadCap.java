package vn.phoihop.platform.web;

import java.util.Set;

import org.springframework.util.unit.DataSize;

/**
 * A module's own size cap for multipart uploads to the paths under {@code pathPrefixes} (for example the document
 * module's attachments), declared as a bean beside the import cap of {@link Uploads}. The container's multipart
 * limits take the largest cap, and {@link UploadConfiguration} refuses a request over the cap of its path with 413
 * before the body is read, as it does for the import.
 */
public record UploadCap(Set<String> pathPrefixes, DataSize maxSize) {

    /** Whether this cap applies to a request for {@code path} (without the context path). */
    boolean covers(String path) {
        return pathPrefixes.stream().anyMatch(path::startsWith);
    }
}
