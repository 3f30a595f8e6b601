package vn.phoihop.document.attachment;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoihop.document.register.DocumentSettings;
import vn.phoihop.platform.web.UploadCap;

/**
 * The attachments' size cap for multipart uploads under the document pages and API: the platform's upload filter
 * refuses a larger request from its {@code Content-Length} before the body is read, and the container's multipart
 * limits follow the largest cap (see {@code platform.web.UploadConfiguration}); {@link Attachments} enforces the
 * same cap again while it reads.
 */
@Configuration(proxyBeanMethods = false)
class AttachmentConfiguration {

    @Bean
    UploadCap attachmentUploadCap(DocumentSettings settings) {
        return new UploadCap(Set.of("/documents/", "/api/v1/documents/"), settings.maxAttachmentSize());
    }
}
