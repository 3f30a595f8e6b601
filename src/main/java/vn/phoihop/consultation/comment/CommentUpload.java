package vn.phoihop.consultation.comment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.platform.UserFacingException;

/** One file attached to a comment as received (the client's name and the bytes), checked by the file store. */
public record CommentUpload(String fileName, byte[] content) {

    /**
     * The files of a multipart request, skipping empty parts without a name (a file input left empty); a file over
     * {@code maxBytes} is refused (413) before its bytes are read.
     */
    public static List<CommentUpload> of(List<MultipartFile> uploads, long maxBytes) throws IOException {
        List<CommentUpload> files = new ArrayList<>();
        if (uploads == null) {
            return files;
        }
        for (MultipartFile upload : uploads) {
            String name = upload.getOriginalFilename();
            if (upload.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            if (upload.getSize() > maxBytes) {
                throw new UserFacingException(413, "upload.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
            }
            files.add(new CommentUpload(name, upload.getBytes()));
        }
        return files;
    }
}
