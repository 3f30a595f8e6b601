package vn.phoihop.tracking.progress;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import vn.phoihop.document.FileStore;
import vn.phoihop.platform.web.UploadCap;

/**
 * The size cap of multipart progress reports (pages and API): all files of one update together at most the file
 * store's cap for one file, so that the platform's upload filter refuses a larger request before reading it and the
 * container's limits stay those of document attachments; the file store checks each file again.
 */
@Configuration(proxyBeanMethods = false)
class ProgressUploadConfiguration {

    @Bean
    UploadCap trackingProgressUploadCap(FileStore files) {
        return new UploadCap(Set.of("/tracking/assignments/", "/api/v1/tracking/assignments/"),
                DataSize.ofBytes(files.maxBytes()));
    }
}
