package vn.phoihop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * PhoiHop: the coordination platform for Decision 90-QĐ/TW, a Spring Modulith application with one top-level
 * package per module (see {@code docs/architecture.md}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PhoiHopApplication {

    public static void main(String[] args) {
        SpringApplication.run(PhoiHopApplication.class, args);
    }
}
