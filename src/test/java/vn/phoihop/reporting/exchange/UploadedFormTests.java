package vn.phoihop.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import vn.phoihop.platform.UserFacingException;

/** An uploaded form the ZIP reader beneath POI fails on is refused as broken, never an error. */
class UploadedFormTests {

    /** A damaged archive on which commons-compress throws a NullPointerException (kept from a CI failure). */
    @Test
    void aDamagedArchiveIsRefusedAsBroken() throws IOException {
        byte[] damaged;
        try (InputStream in = UploadedFormTests.class.getResourceAsStream("/attachments/damaged-zip-npe.docx")) {
            damaged = in.readAllBytes();
        }
        assertThatThrownBy(() -> UploadedForm.read(damaged)).isInstanceOf(UserFacingException.class);
    }
}
