package vn.phoihop.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Production mode creates no account with a known password: only the first administrator from the environment.
 * Runs on its own embedded database so the demo accounts of the other tests are not there.
 */
@SpringBootTest(properties = { "phoihop.mode=production", "phoihop.data-dir=target/test-data-production",
        "phoihop.bootstrap-admin.username=QuanTri", "phoihop.bootstrap-admin.password=một cụm từ dài và khó đoán" })
class ProductionModeTests {

    @Autowired JdbcClient jdbc;

    @Test
    void onlyTheBootstrapAdministratorExists() {
        assertThat(jdbc.sql("SELECT username FROM user_account").query(String.class).list())
                .containsExactly("quantri");
        assertThat(jdbc.sql("SELECT role FROM user_role").query(String.class).list()).containsExactly("SYSTEM_ADMIN");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'USER_CREATED' AND target_id = 'quantri'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
