package vn.phoihop.document.attachment;

/**
 * The bytes of one version of an attachment, to be sent as a download.
 *
 * @param fileName the version's file name (NFC, sanitised)
 * @param mediaType the media type detected from the bytes when it was stored
 * @param sha256 its SHA-256 (hex), usable as an entity tag
 * @param content the bytes
 */
public record StoredFile(String fileName, String mediaType, String sha256, byte[] content) {
}
