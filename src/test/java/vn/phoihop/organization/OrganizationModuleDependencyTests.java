package vn.phoihop.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import vn.phoihop.PhoiHopApplication;

/**
 * The registry depends on the platform only: the account module depends on it, so the registry learns who acts,
 * records audit rows and asks about references through interfaces that the account module implements.
 */
class OrganizationModuleDependencyTests {

    @Test
    void organizationDependsOnThePlatformOnlyAndTheModulesVerify() {
        ApplicationModules modules = ApplicationModules.of(PhoiHopApplication.class);
        ApplicationModule organization = modules.getModuleByName("organization").orElseThrow();
        assertThat(organization.getDirectDependencies(modules).uniqueModules()
                .map(m -> m.getIdentifier().toString()).toList()).containsOnly("platform");
        modules.verify();
    }
}
