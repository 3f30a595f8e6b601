package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implementation tracking in a real browser (issue 10, points 1, 2 and 8): the central staff's officer creates a plan
 * from Resolution 12-NQ/TW, adds a task group and a task, assigns the task to all provinces as of 01/08/2025 and sees
 * the 34 provincial police forces it went to.
 */
class TrackingPlanJourneyTests extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @Test
    void centralStaffCreateAPlanFromADocumentAndAssignATaskToAllProvinces() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long document = jdbc.sql("SELECT id FROM document WHERE notation = '12-NQ/TW' ORDER BY id LIMIT 1")
                .query(Long.class).single();
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/tracking/plans");
        assertThat(page.locator("h1")).hasText("Kế hoạch thực hiện");
        page.getByTestId("new-plan").click();
        assertThat(page.locator("h1")).hasText("Tạo kế hoạch");
        page.navigate("/tracking/plans/new?document=" + document);
        page.locator("#title").fill("Kế hoạch thực hiện Nghị quyết số 12-NQ/TW " + tag);
        page.locator("#startsOn").fill("2023-03-01");
        page.locator("#endsOn").fill("2030-12-31");
        page.getByTestId("plan-submit").click();

        assertThat(page.getByTestId("plan-title")).hasText("Kế hoạch thực hiện Nghị quyết số 12-NQ/TW " + tag);
        assertThat(page.getByTestId("plan-source")).containsText("12-NQ/TW");
        page.locator("#groupCode").fill("1");
        page.locator("#groupTitle").fill("Nâng cao nhận thức, trách nhiệm của cấp ủy, chính quyền");
        page.getByTestId("group-submit").click();
        assertThat(page.getByText("Đã thêm nhóm nhiệm vụ 1.")).isVisible();
        page.locator("#taskCode").fill("1.1");
        page.locator("#taskTitle").fill("Quán triệt, triển khai Nghị quyết đến cán bộ, chiến sĩ");
        page.locator("#dueOn").fill("2026-12-31");
        page.getByTestId("task-submit").click();

        assertThat(page.getByTestId("task-title")).hasText("Quán triệt, triển khai Nghị quyết đến cán bộ, chiến sĩ");
        page.getByTestId("all-provinces").check();
        page.getByTestId("as-of").fill("2025-08-01");
        page.getByTestId("assign-submit").click();
        assertThat(page.getByText("Đã giao nhiệm vụ cho 34 đơn vị mới")).isVisible();
        assertThat(page.getByTestId("assignment-row")).hasCount(34);
        assertThat(page.getByTestId("assignments")).containsText("Công an tỉnh Bắc Ninh");
        screenshot("tracking-task-assignments");
    }
}
