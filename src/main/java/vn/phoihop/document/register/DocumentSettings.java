package vn.phoihop.document.register;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The document module's settings ({@code phoihop.document.*}, environment variables in the README).
 *
 * @param network {@code INTERNET_FACING} (the default): only the metadata of secret documents (Mật and above) is
 *     kept, their content and attachments are refused with a clear message, as the 2018 state-secret law requires of
 *     a system connected to the Internet; {@code ISOLATED_LAN}: the deployment runs on an isolated network (law
 *     117/2025/QH15) and secret content is allowed
 * @param maxAttachmentSize largest attachment accepted; a larger upload is refused before its body is read
 */
@ConfigurationProperties("phoihop.document")
public record DocumentSettings(@DefaultValue("INTERNET_FACING") Network network,
        @DefaultValue("20MB") DataSize maxAttachmentSize) {

    /** Where the deployment runs, which decides whether secret content may be stored. */
    public enum Network { INTERNET_FACING, ISOLATED_LAN }

    /** Whether the content and attachments of secret documents may be stored and served. */
    public boolean secretContentAllowed() {
        return network == Network.ISOLATED_LAN;
    }
}
