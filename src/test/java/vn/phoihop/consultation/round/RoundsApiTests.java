package vn.phoihop.consultation.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.phoihop.account.Role;
import vn.phoihop.consultation.ConsultationFixtures;
import vn.phoihop.support.ApiCalls;
import vn.phoihop.support.Fixtures;

/**
 * Opening rounds through the API (issue 11, point 2): the drafting body invites all provincial Party committees and
 * police forces as of a date (126 in August 2021, 68 in August 2025) plus organisations by code, each once, with a
 * holder row from the opening date, and the version is frozen; bad input is refused in Vietnamese and stores nothing;
 * only the drafting body's staff open rounds; the list shows the drafting body its counts and an invitee its own
 * status.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoundsApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiCalls api;
    @Autowired Fixtures fixtures;
    @Autowired ConsultationFixtures consult;
    @Autowired JdbcClient jdbc;

    @Test
    void theDraftingBodyInvitesEveryProvinceAsOfADateEachOnce() throws Exception {
        CurrentUser central = Fixtures.principal(fixtures.user("cr.central", "CTDCT", Role.CENTRAL_STAFF));
        long draft = consult.draft("CTDCT", "Dự thảo mở đợt " + UUID.randomUUID(), "NONE");
        long version = consult.version(draft, 1);
        consult.articles(draft, version, 2);

        MockHttpServletResponse opened = api.call(mvc, central, HttpMethod.POST, "/api/v1/consultations", """
                {"draftId":%d,"versionId":%d,"title":"Lấy ý kiến các tỉnh năm 2021","instructions":"Góp ý theo điều",
                 "opensOn":"2021-08-15","deadlineDate":"2021-09-30","deadlineTime":"17:00","latePolicy":"FLAG",
                 "partyCommittees":true,"policeForces":true,"asOf":"2021-08-15",
                 "organizationCodes":["P1997-24-TU", "CTDCT"]}""".formatted(draft, version));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(201);
        long round = ((Number) JsonPath.read(opened.getContentAsString(), "$.id")).longValue();
        assertThat(count("SELECT count(*) FROM consultation_invitation WHERE round_id = :r", round))
                .as("126 provinces and CTDCT, P1997-24-TU only once").isEqualTo(127);
        assertThat(count("SELECT count(*) FROM consultation_invitation_holder h JOIN consultation_invitation i"
                + " ON i.id = h.invitation_id WHERE i.round_id = :r AND h.valid_from = DATE '2021-08-15'"
                + " AND h.valid_to IS NULL", round)).isEqualTo(127);
        assertThat(jdbc.sql("SELECT frozen_at IS NOT NULL FROM consultation_version WHERE id = :v")
                .param("v", version).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT deadline = TIMESTAMPTZ '2021-09-30 17:00:00+07' FROM consultation_round"
                + " WHERE id = :r").param("r", round).query(Boolean.class).single()).isTrue();

        MockHttpServletResponse now = api.call(mvc, central, HttpMethod.POST, "/api/v1/consultations", """
                {"draftId":%d,"versionId":%d,"title":"Lấy ý kiến năm 2025","opensOn":"2025-08-01",
                 "deadlineDate":"2025-09-01","deadlineTime":"17:00","latePolicy":"REFUSE",
                 "partyCommittees":true,"policeForces":true,"asOf":"2025-08-01"}""".formatted(draft, version));
        long round2025 = ((Number) JsonPath.read(now.getContentAsString(), "$.id")).longValue();
        assertThat(count("SELECT count(*) FROM consultation_invitation WHERE round_id = :r", round2025))
                .isEqualTo(68);

        String list = api.get(mvc, central, "/api/v1/consultations").getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(list, "$[?(@.id == " + round2025 + ")].invited")).containsExactly(68);
        CurrentUser bacNinh = Fixtures.principal(fixtures.user("cr.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        String own = api.get(mvc, bacNinh, "/api/v1/consultations").getContentAsString();
        assertThat(JsonPath.<List<String>>read(own, "$[?(@.id == " + round2025 + ")].ownStatus"))
                .containsExactly("LATE");
        assertThat(JsonPath.<List<Object>>read(own, "$[?(@.id == " + round2025 + ")].counts")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(own, "$[?(@.id == " + round + ")]"))
                .as("Công an tỉnh Bắc Ninh of 2025 was not invited in 2021").isEmpty();
        String detail = api.get(mvc, bacNinh, "/api/v1/consultations/" + round2025).getContentAsString();
        assertThat(JsonPath.<List<Object>>read(detail, "$.invitations")).hasSize(1);
    }

    @Test
    void badInputAndOthersAreRefusedAndNothingIsStored() throws Exception {
        CurrentUser central = Fixtures.principal(fixtures.user("cr.central", "CTDCT", Role.CENTRAL_STAFF));
        CurrentUser province = Fixtures.principal(fixtures.user("cr.bacninh", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        long draft = consult.draft("CTDCT", "Dự thảo từ chối " + UUID.randomUUID(), "NONE");
        long version = consult.version(draft, 1);
        long rounds = count("SELECT count(*) FROM consultation_round WHERE draft_id = :r", draft);
        String good = """
                {"draftId":%d,"versionId":%d,"title":"Đợt thử","opensOn":"2026-01-01","deadlineDate":"2026-02-01",
                 "deadlineTime":"17:00","latePolicy":"FLAG","organizationCodes":["T20-CA"]}""";
        Map<String, String> bad = Map.of(
                "unknown code", good.replace("\"T20-CA\"", "\"KHONG-CO\""),
                "no invitee", good.replace("\"T20-CA\"", ""),
                "deadline before opening", good.replace("2026-02-01", "2025-12-01"),
                "no title", good.replace("Đợt thử", " "),
                "bad policy", good.replace("FLAG", "MAYBE"),
                "control character", good.replace("Đợt thử", "Đợt\\u0007thử"));
        for (Map.Entry<String, String> c : bad.entrySet()) {
            MockHttpServletResponse refused = api.call(mvc, central, HttpMethod.POST, "/api/v1/consultations",
                    c.getValue().formatted(draft, version));
            assertThat(refused.getStatus()).as(c.getKey() + ": " + refused.getContentAsString()).isEqualTo(400);
            assertThat(refused.getContentAsString()).as(c.getKey()).doesNotContain("JSON").containsPattern("[ạảãáàâấầẩẫậăắằẳẵặêếềểễệôốồổỗộơớờởỡợưứừửữựđ]");
        }
        assertThat(api.call(mvc, central, HttpMethod.POST, "/api/v1/consultations",
                good.replace("2026-02-01", "2026-02-31").formatted(draft, version)).getStatus())
                .as("an impossible date").isEqualTo(400);
        MockHttpServletResponse foreign = api.call(mvc, province, HttpMethod.POST, "/api/v1/consultations",
                good.formatted(draft, version));
        assertThat(foreign.getStatus()).as("not the drafting body: " + foreign.getContentAsString()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM consultation_round WHERE draft_id = :r", draft)).isEqualTo(rounds);
        assertThat(jdbc.sql("SELECT frozen_at IS NULL FROM consultation_version WHERE id = :v").param("v", version)
                .query(Boolean.class).single()).isTrue();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("r", id).query(Long.class).single();
    }
}
