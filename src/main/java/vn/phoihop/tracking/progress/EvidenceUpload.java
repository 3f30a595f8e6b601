package vn.phoihop.tracking.progress;

/** One evidence file as received (the client's name and the bytes), checked by the document module's file store. */
public record EvidenceUpload(String fileName, byte[] content) {
}
