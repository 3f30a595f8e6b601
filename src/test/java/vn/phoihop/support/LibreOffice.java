package vn.phoihop.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Opens an export the way a user does: LibreOffice (headless, a profile of its own) converts it to PDF. */
public final class LibreOffice {

    private LibreOffice() {
    }

    /**
     * The first bytes (at most 8, as text: “%PDF-1.7”) of the PDF LibreOffice makes of {@code content}, stored as
     * {@code fileName} (its extension tells LibreOffice the format); fails when LibreOffice makes none.
     */
    public static String pdfHeader(byte[] content, String fileName) throws Exception {
        Path dir = Files.createTempDirectory("libreoffice");
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(fileName.replaceFirst("\\.[^.]+$", "") + ".pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        return new String(bytes, 0, Math.min(8, bytes.length), StandardCharsets.ISO_8859_1);
    }
}
