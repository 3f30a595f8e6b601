package vn.phoihop.organization.unitfile;

import java.util.Locale;
import java.util.Optional;

/** The file formats of unit import and export. */
public enum FileFormat {
    CSV("text/csv", "csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    FileFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by {@code name} ("csv", "xlsx") or, failing that, by a content type. */
    public static Optional<FileFormat> of(String name, String contentType) {
        for (FileFormat format : values()) {
            if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(format);
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return Optional.of(CSV);
        }
        return type.startsWith(XLSX.mediaType) ? Optional.of(XLSX) : Optional.empty();
    }
}
