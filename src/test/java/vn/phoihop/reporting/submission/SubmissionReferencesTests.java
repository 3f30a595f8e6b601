package vn.phoihop.reporting.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;

/**
 * Reports refer to the organisation that made them: a merge's preview lists the merged units' reports (one line per
 * unit and template), and once the unit the merge created has reported, undoing the merge is refused with the
 * registry's message (409), not a foreign-key error, and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubmissionReferencesTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired ReportingFixtures reporting;
    @Autowired JdbcClient jdbc;

    @Test
    void thePreviewListsReportsAndAnUndoIsRefusedOnceTheSuccessorReported() throws Exception {
        CurrentUser admin = fixtures.demoAdmin();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate from = LocalDate.of(2026, 1, 1);
        long a = registry.unit("SR-A-" + tag, OrganizationKind.POLICE_UNIT, "Phòng A " + tag, "T20-CA", from);
        long b = registry.unit("SR-B-" + tag, OrganizationKind.POLICE_UNIT, "Phòng B " + tag, "T20-CA", from);
        ReportingFixtures.TestTemplate template = reporting.monthlyTemplate("SRT" + tag, from, 1);
        List<Long> months = reporting.monthlyPeriods(template.id(), YearMonth.of(2026, 4), YearMonth.of(2026, 6));
        reporting.assign(template.id(), "SR-A-" + tag, from);
        reporting.assign(template.id(), "SR-B-" + tag, from);
        submit(months.get(0), template.versionId(), a);
        submit(months.get(1), template.versionId(), a);

        String merge = """
                {"kind":"MERGE","effectiveDate":"2026-06-01","legalBasis":"Quyết định số 95/QĐ-CAT ngày 20/5/2026",
                 "organizationIds":[%d,%d],
                 "newOrganizations":[{"code":"SR-AB-%s","name":"Phòng AB %s"}]}""".formatted(a, b, tag, tag);
        MockHttpServletResponse preview = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations/preview",
                merge);
        assertThat(preview.getStatus()).as(preview.getContentAsString()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(preview.getContentAsString(),
                "$.affected[?(@.type == 'report_submission')].label"))
                .containsExactly("2 × SRT" + tag + " 2026-04–2026-05");

        MockHttpServletResponse applied = api.call(mvc, admin, HttpMethod.POST, "/api/v1/reorganizations", merge);
        assertThat(applied.getStatus()).as(applied.getContentAsString()).isEqualTo(201);
        long reorganization = ((Number) JsonPath.read(applied.getContentAsString(), "$.id")).longValue();
        long merged = registry.id("SR-AB-" + tag);
        submit(months.get(2), template.versionId(), merged);

        MockHttpServletResponse undo = api.call(mvc, admin, HttpMethod.POST,
                "/api/v1/reorganizations/" + reorganization + "/undo", null);
        assertThat(undo.getStatus()).as(undo.getContentAsString()).isEqualTo(409);
        assertThat(undo.getContentAsString()).doesNotContainIgnoringCase("exception").doesNotContain("report_");
        assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id = :id").param("id", merged).query(Long.class)
                .single()).as("the merge stands").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM report_submission WHERE organization_id = :id").param("id", merged)
                .query(Long.class).single()).isEqualTo(1);
    }

    private void submit(long period, long version, long organization) {
        jdbc.sql("INSERT INTO report_submission (period_id, template_version_id, organization_id, status, created_by,"
                + " submitted_at, first_submitted_at) VALUES (:p, :v, :o, 'SUBMITTED', 'test', now(), now())")
                .param("p", period).param("v", version).param("o", organization).update();
    }
}
