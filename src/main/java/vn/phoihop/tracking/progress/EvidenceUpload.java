package vn.phoihop.tracking.progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.platform.UserFacingException;

/** One evidence file as received (the client's name and the bytes), checked by the document module's file store. */
public record EvidenceUpload(String fileName, byte[] content) {

    /**
     * The files of a multipart request (the page's form and the API), skipping empty parts without a name (a file
     * input left empty); a file over {@code maxBytes} is refused (413) before its bytes are read.
     */
    public static List<EvidenceUpload> of(List<MultipartFile> uploads, long maxBytes) throws IOException {
        List<EvidenceUpload> evidence = new ArrayList<>();
        if (uploads == null) {
            return evidence;
        }
        for (MultipartFile upload : uploads) {
            String name = upload.getOriginalFilename();
            if (upload.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            if (upload.getSize() > maxBytes) {
                throw new UserFacingException(413, "upload.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
            }
            evidence.add(new EvidenceUpload(name, upload.getBytes()));
        }
        return evidence;
    }
}
