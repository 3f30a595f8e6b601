package vn.phoihop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.FilePayload;

import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.support.RegistryFixtures;

/** The registry's journeys of issue 3 in a real browser. */
class RegistryJourneyTests extends BrowserTest {

    @Autowired RegistryFixtures registry;

    @Test
    void searchingBacNinhAsOf2026ShowsItsPredecessorsAndTheMergerDate() {
        signIn(page, "tinhuy.bacninh", DEMO_PASSWORD);
        page.getByTestId("nav-registry").click();
        page.getByTestId("registry-as-of").fill("01/01/2026");
        page.getByTestId("registry-search").fill("bac ninh");
        page.getByTestId("registry-search").press("Enter");
        assertThat(page.getByTestId("search-results")).containsText("Tỉnh Bắc Ninh");
        screenshot("registry-search");
        page.getByTestId("search-results").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tỉnh Bắc Ninh").setExact(true))
                .first().click();
        assertThat(page.getByTestId("org-name")).hasText("Tỉnh Bắc Ninh");
        assertThat(page.getByTestId("predecessors")).containsText("Bắc Ninh");
        assertThat(page.getByTestId("predecessors")).containsText("Bắc Giang");
        assertThat(page.getByTestId("predecessors")).containsText("01/07/2025");
        screenshot("registry-bac-ninh");
    }

    @Test
    void theTreeAsOfADateExpandsLevelByLevelAndShowsDualLeadership() {
        signIn(page, "canbo.tw", DEMO_PASSWORD);
        page.navigate("/organizations?asOf=30/06/2025");
        assertThat(page.locator("main")).containsText("Tỉnh Bắc Giang");
        page.navigate("/organizations?asOf=01/07/2025");
        assertThat(page.locator("main")).not().containsText("Tỉnh Bắc Giang");
        var bacNinh = page.locator(".registry-node").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHas(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Tỉnh Bắc Ninh").setExact(true))));
        bacNinh.locator(".registry-toggle").first().click();
        assertThat(bacNinh.locator(".registry-children").first()).containsText("Công an tỉnh Bắc Ninh");
        screenshot("registry-tree");
        bacNinh.locator(".registry-children").first().getByText("Công an tỉnh Bắc Ninh", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByTestId("leadership")).containsText("Tỉnh ủy Bắc Ninh");
        assertThat(page.getByTestId("leadership")).containsText("Bộ Công an");
        screenshot("registry-police");
    }

    @Test
    void aMergeIsPreviewedAppliedVisibleInBothHistoriesAndTheAuditTrailAndUndoneExactly() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        long first = registry.unit("WZ-A", OrganizationKind.POLICE_UNIT, "Phòng Thử nghiệm A", "T20-CA", from);
        registry.unit("WZ-B", OrganizationKind.POLICE_UNIT, "Phòng Thử nghiệm B", "T20-CA", from);
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/organizations/" + first);
        page.locator("a[href*='kind=MERGE']").click();
        page.getByLabel("Phòng Thử nghiệm B").check();
        page.locator("#effectiveDate").fill("01/03/2026");
        page.locator("#legalBasis").fill("Quyết định số 123/QĐ-CAT");
        page.locator("#newCode").fill("WZ-AB");
        page.locator("#newName").fill("Phòng Thử nghiệm hợp nhất");
        page.getByTestId("preview").click();
        assertThat(page.getByTestId("preview-summary")).containsText("01/03/2026");
        assertThat(page.getByTestId("preview-changes")).containsText("Phòng Thử nghiệm hợp nhất");
        assertThat(page.getByTestId("preview-transitions")).containsText("Phòng Thử nghiệm A → Phòng Thử nghiệm hợp nhất");
        screenshot("reorganization-preview");

        page.getByTestId("apply").click();
        assertThat(page.getByTestId("reorganization-status")).hasText("Đã thực hiện, chờ xác nhận");
        String reorganizationUrl = page.url();
        screenshot("reorganization-applied");

        page.navigate("/organizations/" + first + "?asOf=28/02/2026");
        assertThat(page.getByTestId("history")).containsText("Sáp nhập");
        assertThat(page.getByTestId("history")).containsText("Phòng Thử nghiệm B → Phòng Thử nghiệm hợp nhất");
        page.navigate("/organizations/" + first + "?asOf=01/03/2026");
        assertThat(page.getByTestId("not-in-force")).isVisible();
        assertThat(page.getByTestId("successors")).containsText("Phòng Thử nghiệm hợp nhất");
        page.navigate("/admin/audit?action=ORGANIZATION_REORGANIZED");
        assertThat(page.getByTestId("audit-row").first()).containsText("Quyết định số 123/QĐ-CAT");

        page.navigate(reorganizationUrl);
        page.getByTestId("undo").click();
        assertThat(page.getByTestId("reorganization-status")).hasText("Đã hoàn tác");
        page.navigate("/organizations/" + first + "?asOf=01/03/2026");
        assertThat(page.getByTestId("not-in-force")).hasCount(0);
        assertThat(page.getByTestId("org-name")).hasText("Phòng Thử nghiệm A");
    }

    @Test
    void aMergeOfProvincesProposesTheSuccessorsTerritorialLeadershipWhichTheUndoRemoves() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        long a = registry.unit("BJ-A", OrganizationKind.PROVINCE, "Tỉnh Hành trình A", "VN", from);
        registry.unit("BJ-A-TU", OrganizationKind.PROVINCIAL_PARTY_COMMITTEE, "Tỉnh ủy Hành trình A", "BJ-A", from);
        long b = registry.unit("BJ-B", OrganizationKind.PROVINCE, "Tỉnh Hành trình B", "VN", from);
        long police = registry.unit("BJ-B-CA", OrganizationKind.PROVINCIAL_POLICE, "Công an tỉnh Hành trình B", "BJ-B",
                from);
        registry.unit("BJ-B-DUCA", OrganizationKind.POLICE_PARTY_COMMITTEE, "Đảng ủy Công an tỉnh Hành trình B",
                "BJ-B-CA", from);
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/reorganizations/new?kind=MERGE&subject=" + b);
        page.locator("#successor-existing").check();
        page.locator("#targetId").selectOption(String.valueOf(a));
        page.locator("#effectiveDate").fill("01/06/2026");
        page.locator("#legalBasis").fill("Nghị quyết số 7/2026/QH16");
        page.getByTestId("preview").click();
        var proposed = page.getByTestId("proposed-links");
        assertThat(proposed.getByLabel("Tỉnh ủy Hành trình A lãnh đạo Công an tỉnh Hành trình B")).isChecked();
        proposed.getByLabel("Tỉnh ủy Hành trình A lãnh đạo Đảng ủy Công an tỉnh Hành trình B").uncheck();
        screenshot("reorganization-provinces-preview");
        page.getByTestId("apply").click();
        assertThat(page.getByTestId("reorganization-status")).hasText("Đã thực hiện, chờ xác nhận");
        String reorganizationUrl = page.url();
        page.navigate("/organizations/" + police + "?asOf=01/06/2026");
        assertThat(page.getByTestId("leadership")).containsText("Tỉnh ủy Hành trình A");
        page.navigate("/organizations/" + registry.id("BJ-B-DUCA") + "?asOf=01/06/2026");
        assertThat(page.getByTestId("leadership")).not().containsText("Tỉnh ủy Hành trình A");

        page.navigate(reorganizationUrl);
        page.getByTestId("undo").click();
        assertThat(page.getByTestId("reorganization-status")).hasText("Đã hoàn tác");
        page.navigate("/organizations/" + police + "?asOf=01/06/2026");
        assertThat(page.getByTestId("leadership")).hasText("Chưa ghi nhận quan hệ lãnh đạo.");
    }

    @Test
    void aSplitAssignsEachUnitAndARenameIsConfirmed() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        long split = registry.unit("SP-0", OrganizationKind.POLICE_UNIT, "Phòng Thử tách", "T34-CA", from);
        registry.unit("SP-0-1", OrganizationKind.PARTY_CELL, "Chi bộ Thử Một", "SP-0", from);
        registry.unit("SP-0-2", OrganizationKind.PARTY_CELL, "Chi bộ Thử Hai", "SP-0", from);
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/reorganizations/new?kind=SPLIT&subject=" + split);
        page.locator("#effectiveDate").fill("01/04/2026");
        page.locator("#legalBasis").fill("Quyết định số 45/QĐ-CAT");
        page.locator("#newCode").fill("SP-A");
        page.locator("#newName").fill("Phòng Thử tách A");
        page.locator("#secondCode").fill("SP-B");
        page.locator("#secondName").fill("Phòng Thử tách B");
        page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Chi bộ Thử Hai"))
                .locator("select").selectOption("1");
        page.getByTestId("preview").click();
        assertThat(page.getByTestId("preview-transitions")).containsText("Phòng Thử tách → Phòng Thử tách A");
        assertThat(page.getByTestId("preview-changes")).containsText("Chuyển Chi bộ Thử Hai về trực thuộc Phòng Thử tách B");
        page.getByTestId("apply").click();
        assertThat(page.getByTestId("reorganization-status")).hasText("Đã thực hiện, chờ xác nhận");

        long renamed = registry.unit("RN-0", OrganizationKind.POLICE_UNIT, "Phòng Thử đổi tên", "T34-CA", from);
        page.navigate("/reorganizations/new?kind=RENAME&subject=" + renamed);
        page.getByTestId("preview").click();
        assertThat(page.getByTestId("form-error")).isVisible();
        page.locator("#effectiveDate").fill("01/05/2026");
        page.locator("#legalBasis").fill("Quyết định số 46/QĐ-CAT");
        page.locator("#newName").fill("Phòng Thử đã đổi tên");
        page.getByTestId("preview").click();
        page.getByTestId("apply").click();
        page.getByTestId("confirm").click();
        assertThat(page.getByTestId("reorganization-status")).hasText("Đã xác nhận");
        assertThat(page.getByTestId("undo")).hasCount(0);
        page.navigate("/organizations/" + renamed + "?asOf=01/05/2026");
        assertThat(page.getByTestId("org-name")).hasText("Phòng Thử đã đổi tên");
        page.navigate("/organizations/" + renamed + "?asOf=30/04/2026");
        assertThat(page.getByTestId("org-name")).hasText("Phòng Thử đổi tên");
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/organizations/import");
        String csv = "code,name,short_name,abbreviation,kind,parent_code,valid_from\n"
                + "IMP-1,Công an xã Thử Một,,,COMMUNE_POLICE,T20-CA,2025-07-01\n"
                + "IMP-2,Công an xã Thử Hai,,,COMMUNE_POLICE,KHONG-CO,2025-07-01\n";
        page.getByTestId("import-file").setInputFiles(new FilePayload("don-vi.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("import-run").click();
        assertThat(page.getByTestId("import-summary")).containsText("không đơn vị nào được nhập");
        assertThat(page.getByTestId("import-problem")).hasCount(1);
        assertThat(page.getByTestId("import-problem").first()).containsText("3");
        screenshot("import-refused");
        page.navigate("/organizations?q=Công an xã Thử Một");
        assertThat(page.getByTestId("search-hit")).hasCount(0);
    }

    @Test
    void anAdministratorAddsAPersonWithAPositionAndRankAndOpensTheirPage() {
        long unit = registry.unit("PP-WZ", OrganizationKind.POLICE_UNIT, "Phòng Công tác đảng và công tác chính trị",
                "T20-CA", LocalDate.of(2025, 7, 1));
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/organizations/" + unit);
        page.getByText("Thêm cán bộ giữ chức vụ tại tổ chức này").click();
        page.locator("#fullName").fill("Trịnh Văn Thử");
        page.locator("#title").selectOption("DIVISION_HEAD");
        page.locator("#rank").selectOption("LIEUTENANT_COLONEL");
        page.locator("#validFrom").fill("01/08/2025");
        page.getByTestId("add-person").locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText("Đã thêm Trịnh Văn Thử.");
        assertThat(page.getByTestId("positions")).containsText("Trịnh Văn Thử, Trưởng phòng, Trung tá");
        page.getByTestId("positions").getByText("Trịnh Văn Thử").click();
        assertThat(page.locator("h1")).hasText("Trịnh Văn Thử");
        assertThat(page.locator("main")).containsText("Phòng Công tác đảng và công tác chính trị");
        page.locator("#appointFrom").fill("01/09/2025");
        page.getByTestId("appoint").locator("button[type=submit]").click();
        assertThat(page.locator("#organizationId-error")).hasText("Vui lòng chọn tổ chức.");
        page.getByLabel("Tìm tổ chức để bổ nhiệm").fill("khong co to chuc nay");
        assertThat(page.getByTestId("no-choices")).containsText("khong co to chuc nay");
        page.getByLabel("Tìm tổ chức để bổ nhiệm").fill("dang uy cong an tinh bac ninh");
        page.getByLabel("Đảng ủy Công an tỉnh Bắc Ninh (T20-DUCA)").check();
        page.locator("#appointTitle").selectOption("STANDING_COMMITTEE_MEMBER");
        page.locator("#appointFrom").fill("01/09/2025");
        page.locator("#concurrent").check();
        page.getByTestId("appoint").locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText("Đã ghi nhận chức vụ mới.");
        assertThat(page.locator("main table")).containsText("Đảng ủy Công an tỉnh Bắc Ninh");
        assertThat(page.locator("main table")).containsText("(kiêm nhiệm)");
        screenshot("person");
    }

    @Test
    void anAdministratorAddsAUnitAndALeadershipLinkFromTheOrganisationsPage() {
        signIn(page, "admin", DEMO_PASSWORD);
        page.navigate("/organizations?q=cong an tinh an giang");
        page.getByTestId("search-results").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Công an tỉnh An Giang").setExact(true))
                .first().click();
        page.getByText("Thêm đơn vị trực thuộc").click();
        page.locator("#unitCode").fill("T34-CA-PX01");
        page.locator("#unitKind").selectOption("POLICE_UNIT");
        page.locator("#unitName").fill("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc");
        page.locator("#unitFrom").fill("01/07/2025");
        page.getByTestId("add-unit").locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText("Đã thêm đơn vị Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc.");
        page.locator(".registry-units a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc")).click();
        assertThat(page.getByTestId("org-name")).hasText("Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc");
        page.getByText("Thêm hoặc kết thúc quan hệ lãnh đạo").click();
        page.locator("#leaderId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Tỉnh ủy An Giang"));
        page.locator("#leadershipKind").selectOption("TERRITORIAL");
        page.locator("#leadFrom").fill("01/08/2025");
        page.getByTestId("add-leadership").locator("button[type=submit]").click();
        assertThat(page.locator(".alert-success")).hasText("Đã thêm quan hệ lãnh đạo.");
        assertThat(page.getByTestId("leadership")).containsText("Chịu sự lãnh đạo của Tỉnh ủy An Giang");
        screenshot("registry-unit-admin");
    }

    @Test
    void aProvincialUserCannotOpenAnotherProvincesUnit() {
        long hanoiUnit = registry.unit("HN-WZ", OrganizationKind.POLICE_UNIT, "Phòng Thử nghiệm Hà Nội", "T01-CA",
                LocalDate.of(2026, 1, 1));
        signIn(page, "congan.bacninh", DEMO_PASSWORD);
        page.navigate("/organizations/" + hanoiUnit);
        assertThat(page.getByTestId("error-message")).hasText("Không tìm thấy tổ chức, hoặc bạn không có quyền xem.");
        page.navigate("/organizations?q=thu nghiem ha noi");
        assertThat(page.getByTestId("search-hit")).hasCount(0);
    }
}
