package vn.phoihop.reporting.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;

/**
 * The templates' API: the list carries each template's version in force today with its indicators ({@code code},
 * {@code name}, {@code type}, {@code unit}, {@code required}, {@code aggregation}, options); one template carries all
 * its versions, its draft only for its designers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TemplateApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired TemplateFixtures templates;
    @Autowired TemplateDesigner designer;
    @Autowired Fixtures fixtures;

    @Test
    void theListCarriesTodaysIndicatorsAndOneTemplateItsVersions() throws Exception {
        long id = templates.published("TAPI_SHAPE");
        Fixtures.as(templates.designer(), () -> designer.newDraft(id));
        CurrentUser police = Fixtures.principal(fixtures.user("tapi.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));

        MockHttpServletResponse list = api.get(mvc, police, "/api/v1/reporting/templates");
        assertThat(list.getStatus()).isEqualTo(200);
        String json = list.getContentAsString();
        List<Map<String, Object>> mine = JsonPath.read(json, "$[?(@.code == 'TAPI_SHAPE')]");
        assertThat(mine).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("id", (int) id).containsEntry("name", "Mẫu thử TAPI_SHAPE")
                    .containsEntry("frequency", "MONTHLY").containsEntry("versionNumber", 1)
                    .containsEntry("validFrom", "2024-01-01");
        });
        List<Map<String, Object>> indicators = JsonPath.read(json, "$[?(@.code == 'TAPI_SHAPE')].indicators[*]");
        assertThat(indicators).extracting(i -> i.get("code")).containsExactly("TAPI_SHAPE_A", "TAPI_SHAPE_B");
        assertThat(indicators.get(0)).containsEntry("name", "Số quần chúng được kết nạp")
                .containsEntry("type", "NUMBER").containsEntry("unit", "người").containsEntry("required", true)
                .containsEntry("aggregation", "SUM").containsEntry("options", List.of())
                .containsKeys("min", "max", "choices");

        MockHttpServletResponse reader = api.get(mvc, police, "/api/v1/reporting/templates/" + id);
        assertThat(reader.getStatus()).isEqualTo(200);
        String details = reader.getContentAsString();
        assertThat((List<String>) JsonPath.read(details, "$.versions[*].status")).containsExactly("PUBLISHED");
        assertThat((String) JsonPath.read(details, "$.versions[0].sections[0].indicators[1].code"))
                .isEqualTo("TAPI_SHAPE_B");
        assertThat((String) JsonPath.read(details, "$.versions[0].rules[0].operator")).isEqualTo("<=");
        assertThat((List<Integer>) JsonPath.read(details, "$.reminderDays")).containsExactly(-3, 1);

        String forDesigner = api.get(mvc, templates.designer(), "/api/v1/reporting/templates/" + id)
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(forDesigner, "$.versions[*].status"))
                .containsExactly("DRAFT", "PUBLISHED");
        assertThat(LocalDate.parse(JsonPath.read(forDesigner, "$.versions[1].validFrom")))
                .isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void anUnknownTemplateIsNotFoundWithAVietnameseProblem() throws Exception {
        CurrentUser viewer = Fixtures.principal(fixtures.user("tapi.viewer", "T20-CA", Role.VIEWER));
        MockHttpServletResponse response = api.get(mvc, viewer, "/api/v1/reporting/templates/987654321");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("Không tìm thấy mẫu báo cáo.");
    }
}
