package vn.phoihop.organization.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.registry.OrganizationView;

/** The appointment chooser offers only organisations in the appointer's scope, to administrators only. */
@SpringBootTest
class AppointmentChoicesTests {

    @Autowired AppointmentChoices choices;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;

    @Test
    void aProvincialAdministratorIsOfferedTheirProvinceOnly() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        registry.unit("AC-BN", OrganizationKind.POLICE_UNIT, "Phòng Chọn bổ nhiệm Bắc Ninh", "T20-CA", from);
        registry.unit("AC-HN", OrganizationKind.POLICE_UNIT, "Phòng Chọn bổ nhiệm Hà Nội", "T01-CA", from);
        long person = registry.person("Người được bổ nhiệm (hư cấu)", Rank.MAJOR, "T20-CA", PositionTitle.OFFICER, from);
        CurrentUser provincial = Fixtures.principal(fixtures.user("choices.admin.bacninh", "T20-CA",
                Role.SYSTEM_ADMIN));

        List<String> offered = Fixtures.as(provincial, () -> choices.search(person, "chon bo nhiem")).stream()
                .map(OrganizationView::code).toList();
        assertThat(offered).contains("AC-BN").doesNotContain("AC-HN");
        List<String> national = Fixtures.as(fixtures.demoAdmin(), () -> choices.search(person, "chọn bổ nhiệm"))
                .stream().map(OrganizationView::code).toList();
        assertThat(national).contains("AC-BN", "AC-HN");
        assertThat(Fixtures.as(provincial, () -> choices.search(person, "  "))).isEmpty();
    }

    @Test
    void othersAreRefusedAndAnotherProvincesPersonIsNotFound() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        long hanoiPerson = registry.person("Người Hà Nội chọn bổ nhiệm (hư cấu)", Rank.MAJOR, "T01-CA",
                PositionTitle.OFFICER, from);
        CurrentUser staff = Fixtures.principal(fixtures.user("choices.staff.bacninh", "T20-CA",
                Role.PROVINCE_POLICE_STAFF));
        CurrentUser provincial = Fixtures.principal(fixtures.user("choices.admin2.bacninh", "T20-CA",
                Role.SYSTEM_ADMIN));
        assertThatThrownBy(() -> Fixtures.as(staff, () -> choices.search(hanoiPerson, "cong an")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(provincial, () -> choices.search(hanoiPerson, "cong an")))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).status()).isEqualTo(404));
    }
}
