package vn.phoihop.document.attachment;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An attachment of a document with all its versions, newest first.
 *
 * @param id the attachment's id
 * @param name its name (of its first upload; later versions with the same name add to it)
 * @param currentVersion the number of the newest version, the one that downloads as the latest and whose text search
 *     reads
 * @param versions every version, newest first
 */
public record AttachmentView(long id, String name, int currentVersion, List<Version> versions) {

    /**
     * One stored version of an attachment.
     *
     * @param version its number, from 1
     * @param fileName the original file name of this upload (NFC, sanitised)
     * @param mediaType the media type detected from the bytes
     * @param size the size in bytes
     * @param sha256 the SHA-256 of the bytes as 64 lower-case hex digits
     * @param createdBy the account that uploaded it
     * @param createdAt when
     */
    public record Version(int version, String fileName, String mediaType, long size, String sha256, String createdBy,
            Instant createdAt) {

        /** The size for people, in B, KB or MB with the decimal separator of {@code locale} (1,5 MB in Vietnamese). */
        public String sizeText(Locale locale) {
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMaximumFractionDigits(1);
            if (size < 1024) {
                return number.format(size) + " B";
            }
            if (size < 1024 * 1024) {
                return number.format(size / 1024.0) + " KB";
            }
            return number.format(size / (1024.0 * 1024)) + " MB";
        }
    }
}
