package vn.phoihop.organization.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.organization.Organizations;

/**
 * The registry's hierarchy functions in SQL (V29), which the reporting roll-up calls inside its own statements, over
 * the reference data's 2025 merger: the former Công an tỉnh Bắc Giang sat under the former Bắc Giang until
 * 2025-06-30 and its work belongs today to Công an tỉnh Bắc Ninh, under today's Bắc Ninh.
 */
@SpringBootTest
class HierarchyFunctionsTests {

    private static final LocalDate BEFORE = LocalDate.of(2024, 6, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Autowired JdbcClient jdbc;
    @Autowired Organizations organizations;

    @Test
    void ancestorsOnADayFollowTheTreeOfThatDay() {
        long bacGiangPolice = id("P1997-24-CA");
        assertThat(ancestors("organization_ancestors_on(:org, :day)", bacGiangPolice, BEFORE))
                .containsExactly("P1997-24-CA", "P1997-24", "VN");
        assertThat(ancestors("organization_ancestors_on(:org, :day)", bacGiangPolice, LocalDate.of(2025, 7, 1)))
                .as("no row on a day the organisation does not exist").isEmpty();
    }

    @Test
    void workOfAMergedOrganisationBelongsToItsSuccessorToday() {
        long bacGiangPolice = id("P1997-24-CA");
        long bacNinhPolice = id("P1997-27-CA");
        long current = jdbc.sql("SELECT organization_current(:org)").param("org", bacGiangPolice).query(Long.class)
                .single();
        assertThat(current).isNotEqualTo(bacGiangPolice)
                .isEqualTo(jdbc.sql("SELECT organization_current(:org)").param("org", bacNinhPolice).query(Long.class)
                        .single());
        assertThat(organizations.find(current).orElseThrow().name()).isEqualTo("Công an tỉnh Bắc Ninh");
        List<String> today = ancestors("organization_current_ancestors(:org, :day)", bacGiangPolice, TODAY);
        assertThat(today).hasSize(3).endsWith("VN").doesNotContain("P1997-24-CA", "P1997-24");
        long hanoiPolice = id("T01-CA");
        assertThat(jdbc.sql("SELECT organization_current(:org)").param("org", hanoiPolice).query(Long.class).single())
                .as("an unchanged organisation stays itself").isEqualTo(hanoiPolice);
    }

    private List<String> ancestors(String function, long org, LocalDate day) {
        return jdbc.sql("SELECT o.code FROM " + function + " a JOIN organization o ON o.id = a.ancestor_id"
                + " ORDER BY a.depth").param("org", org).param("day", day).query(String.class).list();
    }

    private long id(String code) {
        return jdbc.sql("SELECT id FROM organization WHERE code = :code").param("code", code).query(Long.class).single();
    }
}
