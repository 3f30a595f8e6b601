package vn.phoihop.organization.reorganization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.organization.reorganization.ReorganizationLeadership.ProposedLink;
import vn.phoihop.support.Fixtures;
import vn.phoihop.support.RegistryFixtures;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.ReorganizationKind;

/**
 * A merge of provinces proposes the successor's territorial leadership links; the confirmed ones are created with
 * the reorganisation and undone with it. Two provinces of its own, far in the future so that no count of today's
 * provinces sees them.
 */
@SpringBootTest
class ReorganizationLeadershipTests {

    private static final LocalDate FROM = LocalDate.of(2090, 1, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2090, 6, 1);

    @Autowired ReorganizationLeadership leadership;
    @Autowired Reorganizations reorganizations;
    @Autowired Fixtures fixtures;
    @Autowired RegistryFixtures registry;
    @Autowired JdbcClient jdbc;

    private CurrentUser admin;
    private String tag;
    private long provinceA;
    private long provinceB;

    @BeforeEach
    void twoProvincesEachWithItsPartyCommitteePoliceAndPolicePartyCommittee() {
        admin = fixtures.demoAdmin();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        provinceA = province("A");
        provinceB = province("B");
    }

    @Test
    void mergingIntoAnExistingProvinceProposesItsPartyCommitteeForTheIncomingPolice() {
        List<ProposedLink> proposals = Fixtures.as(admin, () -> leadership.proposals(merge()));
        assertThat(proposals).extracting(ProposedLink::leaderId).containsOnly(id("A-TU"));
        assertThat(proposals).extracting(ProposedLink::organizationId)
                .containsExactlyInAnyOrder(id("B-CA"), id("B-DUCA"));
        assertThat(proposals).extracting(ProposedLink::leaderName).containsOnly("Tỉnh ủy Thử A " + tag);
    }

    @Test
    void otherReorganisationsProposeNothing() {
        ReorganizationCommand rename = new ReorganizationCommand(ReorganizationKind.RENAME, EFFECTIVE,
                "Quyết định số 1", null, List.of(provinceB), null, List.of(), "Tỉnh Thử mới " + tag, null, null, null);
        ReorganizationCommand policeMerge = new ReorganizationCommand(ReorganizationKind.MERGE, EFFECTIVE,
                "Quyết định số 1", null, List.of(id("B-CA")), id("A-CA"), List.of(), null, null, null, null);
        assertThat(Fixtures.as(admin, () -> leadership.proposals(rename))).isEmpty();
        assertThat(Fixtures.as(admin, () -> leadership.proposals(policeMerge))).isEmpty();
    }

    @Test
    void theConfirmedLinksAreCreatedWithTheMergeAndUndoneWithIt() {
        List<String> before = links();
        String confirmed = id("A-TU") + ":" + id("B-CA");
        String forged = id("B-TU") + ":" + id("A-CA");
        ReorganizationView applied = Fixtures.as(admin, () -> leadership.apply(merge(), List.of(confirmed, forged)));

        assertThat(territorialLeaders(id("B-CA"))).contains(id("A-TU"));
        assertThat(territorialLeaders(id("B-DUCA"))).doesNotContain(id("A-TU"));
        assertThat(territorialLeaders(id("A-CA"))).containsOnly(id("A-TU"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'LEADERSHIP_LINK_ADDED'"
                + " AND target_id = :t").param("t", "TH-B-CA-" + tag).query(Long.class).single()).isEqualTo(1);

        Fixtures.as(admin, () -> reorganizations.undo(applied.id()));
        assertThat(links()).isEqualTo(before);
    }

    private ReorganizationCommand merge() {
        return new ReorganizationCommand(ReorganizationKind.MERGE, EFFECTIVE, "Nghị quyết số 9/2090/QH", null,
                List.of(provinceB), provinceA, List.of(), null, null, null, null);
    }

    private long province(String letter) {
        String code = "TH-" + letter;
        long province = registry.unit(code + "-" + tag, OrganizationKind.PROVINCE, "Tỉnh Thử " + letter + " " + tag,
                "VN", FROM);
        long committee = registry.unit(code + "-TU-" + tag, OrganizationKind.PROVINCIAL_PARTY_COMMITTEE,
                "Tỉnh ủy Thử " + letter + " " + tag, code + "-" + tag, FROM);
        long police = registry.unit(code + "-CA-" + tag, OrganizationKind.PROVINCIAL_POLICE,
                "Công an tỉnh Thử " + letter + " " + tag, code + "-" + tag, FROM);
        long policeCommittee = registry.unit(code + "-DUCA-" + tag, OrganizationKind.POLICE_PARTY_COMMITTEE,
                "Đảng ủy Công an tỉnh Thử " + letter + " " + tag, code + "-CA-" + tag, FROM);
        for (long led : List.of(police, policeCommittee)) {
            jdbc.sql("INSERT INTO leadership_link (organization_id, leader_id, kind, valid_from)"
                    + " VALUES (:o, :l, 'TERRITORIAL', :f)").param("o", led).param("l", committee).param("f", FROM)
                    .update();
        }
        return province;
    }

    private long id(String suffix) {
        return registry.id("TH-" + suffix + "-" + tag);
    }

    private List<Long> territorialLeaders(long organization) {
        return jdbc.sql("SELECT leader_id FROM leadership_link WHERE organization_id = :o AND kind = 'TERRITORIAL'"
                + " AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d)").param("o", organization)
                .param("d", EFFECTIVE).query(Long.class).list();
    }

    private List<String> links() {
        return jdbc.sql("SELECT CAST(to_jsonb(l) AS text) FROM leadership_link l WHERE l.organization_id = ANY (:ids)"
                + " OR l.leader_id = ANY (:ids) ORDER BY l.id").param("ids", new Long[] { id("A-TU"), id("A-CA"),
                        id("A-DUCA"), id("B-TU"), id("B-CA"), id("B-DUCA") }).query(String.class).list();
    }
}
