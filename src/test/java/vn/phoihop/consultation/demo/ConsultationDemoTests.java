package vn.phoihop.consultation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consultation demo: the 2021 round inviting the 63 + 63 of 15/08/2021 with about 150 submitted comments and
 * dispositions of every kind, held today by the successors; Dự thảo 2 with edited, added, split and moved articles
 * and accepted comments linked to them; the open round inviting the 34 + 34; the canaries; a second run changing
 * nothing.
 */
@SpringBootTest
class ConsultationDemoTests {

    @Autowired JdbcClient jdbc;
    @Autowired ConsultationDemo demo;

    @Test
    void the2021ConsultationHasTheProvincesOfThatTimeCommentsDispositionsAndVersionTwo() {
        long round = round2021();
        assertThat(count("SELECT count(*) FROM consultation_invitation WHERE round_id = " + round)).isEqualTo(126);
        long submitted = count("SELECT count(*) FROM consultation_comment WHERE status = 'SUBMITTED' AND round_id = "
                + round);
        assertThat(submitted).isBetween(130L, 175L);
        for (String kind : new String[] { "ACCEPTED", "PARTLY_ACCEPTED", "EXPLAINED" }) {
            assertThat(count("SELECT count(*) FROM consultation_comment WHERE disposition = '" + kind
                    + "' AND round_id = " + round)).as(kind).isPositive();
        }
        assertThat(count("SELECT count(*) FROM consultation_comment WHERE disposition IS NULL AND round_id = "
                + round)).isPositive();
        assertThat(count("SELECT count(*) FROM consultation_invitation WHERE late AND round_id = " + round))
                .isPositive();
        assertThat(count("SELECT count(*) FROM consultation_invitation WHERE status = 'NO_COMMENTS' AND round_id = "
                + round)).isPositive();
        assertThat(count("SELECT count(*) FROM consultation_comment_group WHERE round_id = " + round))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT count(*) FROM consultation_round WHERE dispositions_published AND id = " + round))
                .isEqualTo(1);
        for (String change : new String[] { "EDITED", "ADDED", "SPLIT", "MOVED", "UNCHANGED" }) {
            assertThat(count("SELECT count(*) FROM consultation_provision_text t JOIN consultation_version v ON v.id"
                    + " = t.version_id JOIN consultation_round r ON r.draft_id = v.draft_id WHERE v.number = 2 AND"
                    + " r.id = " + round + " AND t.change = '" + change + "'")).as(change).isPositive();
        }
        assertThat(count("SELECT count(*) FROM consultation_provision_text t JOIN consultation_round r ON"
                + " r.version_id = t.version_id WHERE t.label LIKE 'Điều %' AND r.id = " + round)).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM consultation_comment c JOIN consultation_provision_text t ON"
                + " t.provision_id = c.changed_provision_id AND t.version_id = c.changed_version_id WHERE"
                + " c.disposition IN ('ACCEPTED', 'PARTLY_ACCEPTED') AND c.round_id = " + round)).isPositive();
        assertThat(count("SELECT count(*) FROM consultation_invitation i JOIN consultation_invitation_holder h ON"
                + " h.invitation_id = i.id AND h.valid_to IS NULL JOIN organization o ON o.id = h.organization_id"
                + " WHERE o.code = 'T20-CA' AND i.round_id = " + round)).as("Bắc Ninh and Bắc Giang police today")
                .isEqualTo(2);
    }

    @Test
    void theOpenRoundInvitesTodaysProvincesAndCarriesTheCanaries() {
        assertThat(count("SELECT count(*) FROM consultation_invitation i JOIN consultation_round r ON r.id ="
                + " i.round_id WHERE r.status = 'OPEN' AND r.deadline > TIMESTAMPTZ '2026-12-31 00:00+07' AND"
                + " r.title LIKE 'Lấy ý kiến các tỉnh ủy%'")).isEqualTo(68);
        assertThat(count("SELECT count(*) FROM consultation_comment c JOIN consultation_invitation i ON i.id ="
                + " c.invitation_id JOIN organization o ON o.id = i.organization_id WHERE o.code = 'T01-CA' AND"
                + " c.status = 'SUBMITTED' AND c.body LIKE '" + ConsultationDemo.CANARY_COMMENT + "%'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM consultation_internal_note n JOIN consultation_comment c ON c.id ="
                + " n.comment_id JOIN consultation_invitation_holder h ON h.invitation_id = c.invitation_id AND"
                + " h.valid_to IS NULL JOIN organization o ON o.id = h.organization_id WHERE o.code = 'T20-CA' AND"
                + " c.status = 'SUBMITTED' AND n.body LIKE '" + ConsultationDemo.CANARY_NOTE + "%'")).isEqualTo(1);
        for (String status : new String[] { "DRAFT", "APPROVED", "SUBMITTED" }) {
            assertThat(count("SELECT count(*) FROM consultation_comment c JOIN consultation_round r ON r.id ="
                    + " c.round_id WHERE r.status = 'OPEN' AND c.status = '" + status + "'")).as(status).isPositive();
        }
    }

    @Test
    void aSecondRunChangesNothing() {
        long comments = count("SELECT count(*) FROM consultation_comment");
        long drafts = count("SELECT count(*) FROM consultation_draft");
        demo.run(null);
        assertThat(count("SELECT count(*) FROM consultation_comment")).isEqualTo(comments);
        assertThat(count("SELECT count(*) FROM consultation_draft")).isEqualTo(drafts);
    }

    private long round2021() {
        return count("SELECT r.id FROM consultation_round r JOIN consultation_draft d ON d.id = r.draft_id WHERE"
                + " d.title LIKE 'Quy chế phối hợp giữa Đảng ủy Công an Trung ương%' AND r.status = 'CLOSED'");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
