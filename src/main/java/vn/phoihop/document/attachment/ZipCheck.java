package vn.phoihop.document.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The archive check of DOCX and XLSX files, before any parser opens them: the entries are inflated once, as a
 * stream that is counted and thrown away (nothing is kept in memory but a small buffer), and the file is refused as
 * soon as it has more than {@link #MAX_ENTRIES} entries, inflates to more than {@link #MAX_TOTAL_BYTES} in all, or
 * an entry past its first megabyte inflates more than {@link #MAX_RATIO} times its compressed size. The sizes an
 * archive declares are not trusted: what counts is what inflates. POI's own {@code ZipSecureFile} limits (entry
 * ratio, entry size) stay on while it parses, the same way as POI reads an input stream (local headers in order).
 */
final class ZipCheck {

    static final int MAX_ENTRIES = 5_000;

    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;

    static final long MAX_RATIO = 100;

    /** An entry is judged by its ratio only once it has inflated this far (small XML parts compress very well). */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /** What the check found out. */
    enum Verdict { SOUND, BOMB, BROKEN }

    record Result(Verdict verdict, Set<String> entryNames) {
    }

    private ZipCheck() {
    }

    static Result check(byte[] zip) {
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (names.size() >= MAX_ENTRIES) {
                    return new Result(Verdict.BOMB, names);
                }
                names.add(entry.getName());
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                    long inflated = in.getUncompressedCount();
                    if (total > MAX_TOTAL_BYTES || (inflated > RATIO_GRACE_BYTES
                            && inflated > MAX_RATIO * Math.max(1, in.getCompressedCount()))) {
                        return new Result(Verdict.BOMB, names);
                    }
                }
            }
        }
        catch (IOException | RuntimeException broken) {
            // commons-compress answers some damaged archives with a NullPointerException or an
            // IllegalArgumentException instead of an IOException; all of them mean the file is broken
            return new Result(Verdict.BROKEN, names);
        }
        return new Result(names.isEmpty() ? Verdict.BROKEN : Verdict.SOUND, names);
    }
}
