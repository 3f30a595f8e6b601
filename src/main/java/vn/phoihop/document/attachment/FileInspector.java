package vn.phoihop.document.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.phoihop.platform.UserFacingException;

/**
 * Decides what a file is from its bytes (magic numbers; for DOCX and XLSX the archive's parts, after
 * {@link ZipCheck}), never from its name or the client's content type, and refuses it with a Vietnamese message
 * unless it is one of the five {@link AttachmentType}s and its name's extension says the same.
 */
final class FileInspector {

    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };
    private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1 };

    private FileInspector() {
    }

    /**
     * The type of {@code content}, which must match the extension of {@code fileName}.
     *
     * @throws UserFacingException 400 for an empty file, a name without an accepted extension, content of another
     *     kind (or of no accepted kind), an encrypted or broken file, or an archive bomb
     */
    static AttachmentType inspect(byte[] content, String fileName) {
        if (content.length == 0) {
            throw UserFacingException.invalid("attachment.empty", fileName);
        }
        AttachmentType claimed = AttachmentType.claimedBy(fileName)
                .orElseThrow(() -> UserFacingException.invalid("attachment.type.unsupported", fileName));
        AttachmentType detected = detect(content, fileName);
        if (detected != claimed) {
            throw UserFacingException.invalid("attachment.type.mismatch", fileName, detected.name(),
                    AttachmentType.extension(fileName));
        }
        return detected;
    }

    private static AttachmentType detect(byte[] content, String fileName) {
        if (startsWith(content, PDF)) {
            return AttachmentType.PDF;
        }
        if (startsWith(content, PNG)) {
            return AttachmentType.PNG;
        }
        if (startsWith(content, JPEG)) {
            return AttachmentType.JPEG;
        }
        if (startsWith(content, ZIP)) {
            return officeOpenXml(content, fileName);
        }
        if (startsWith(content, OLE2)) {
            throw UserFacingException.invalid(encryptedPackage(content) ? "attachment.encrypted"
                    : "attachment.type.legacyOffice", fileName);
        }
        throw UserFacingException.invalid("attachment.type.unknownContent", fileName);
    }

    private static AttachmentType officeOpenXml(byte[] content, String fileName) {
        ZipCheck.Result zip = ZipCheck.check(content);
        switch (zip.verdict()) {
            case BOMB -> throw UserFacingException.invalid("attachment.archiveBomb", fileName);
            case BROKEN -> throw UserFacingException.invalid("attachment.broken", fileName,
                    AttachmentType.claimedBy(fileName).map(Enum::name).orElse("ZIP"));
            case SOUND -> { }
        }
        Optional<AttachmentType> type = zip.entryNames().contains("[Content_Types].xml")
                ? zip.entryNames().contains("word/document.xml") ? Optional.of(AttachmentType.DOCX)
                        : zip.entryNames().contains("xl/workbook.xml") ? Optional.of(AttachmentType.XLSX)
                                : Optional.empty()
                : Optional.empty();
        return type.orElseThrow(() -> UserFacingException.invalid("attachment.type.unknownContent", fileName));
    }

    /** Whether an OLE2 file is an encrypted Office Open XML package (a password-protected DOCX or XLSX). */
    private static boolean encryptedPackage(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            return root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || root.hasEntryCaseInsensitive("EncryptionInfo");
        }
        catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
