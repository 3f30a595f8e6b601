package vn.phoihop.reporting.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.reporting.ReportingFixtures;
import vn.phoihop.reporting.template.TemplateCommands.EditIndicator;
import vn.phoihop.reporting.template.TemplateCommands.EditRule;
import vn.phoihop.reporting.template.TemplateCommands.EditSection;
import vn.phoihop.reporting.template.TemplateCommands.EditTemplate;
import vn.phoihop.reporting.template.TemplateCommands.Publish;
import vn.phoihop.reporting.template.TemplateCommands.RemoveIndicator;
import vn.phoihop.reporting.template.TemplateCommands.SectionAction;
import vn.phoihop.support.Fixtures;

/**
 * The designer's rules on the embedded PostgreSQL: every validation refuses on its field with a Vietnamese message
 * and changes nothing; codes are unique across templates but stable across a template's versions; publishing closes
 * the version before; a stale settings or draft version is refused (409); only central staff of the owner design.
 */
@SpringBootTest
class TemplateDesignerTests {

    @Autowired TemplateFixtures templates;
    @Autowired TemplateDesigner designer;
    @Autowired DraftEditor editor;
    @Autowired TemplateCatalog catalog;
    @Autowired Fixtures fixtures;
    @Autowired ReportingFixtures reporting;
    @Autowired JdbcClient jdbc;

    private <T> T asDesigner(Supplier<T> work) {
        return Fixtures.as(templates.designer(), work);
    }

    private void asDesigner(Runnable work) {
        asDesigner(() -> {
            work.run();
            return null;
        });
    }

    /** A new template {@code code} with an open, empty draft holding one section; the section's id. */
    private long draftWithSection(String code) {
        return asDesigner(() -> {
            long id = designer.create(TemplateFixtures.settings(code, "Mẫu thử " + code));
            designer.newDraft(id);
            editor.saveSection(id, new EditSection(null, "Phần I", templates.draftVersion(id)));
            return catalog.version(catalog.draft(id).orElseThrow().id()).sections().get(0).id();
        });
    }

    private long id(String code) {
        return catalog.findByCode(code).orElseThrow().id();
    }

    private TemplateRefusal refusal(Runnable work) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> asDesigner(work));
        assertThat(thrown).isInstanceOf(TemplateRefusal.class);
        return (TemplateRefusal) thrown;
    }

    private static EditIndicator indicator(long section, String code, ValueType type, BigDecimal min, BigDecimal max,
            String choices, Aggregation aggregation, long draftVersion) {
        return new EditIndicator(section, code, "Chỉ tiêu " + code, type, null, false, min, max, choices, aggregation,
                null, draftVersion);
    }

    @Test
    void publishingFromADayClosesThePreviousVersionTheDayBefore() {
        long id = templates.published("TDT_PUB");
        TemplateVersion first = catalog.versionInForce(id, LocalDate.of(2024, 6, 1));
        assertThat(first.indicators()).extracting(Indicator::code).containsExactly("TDT_PUB_A", "TDT_PUB_B");
        assertThat(first.rules()).singleElement().satisfies(r -> assertThat(r.holds(BigDecimal.ONE, BigDecimal.TEN))
                .isTrue());

        asDesigner(() -> {
            designer.newDraft(id);
            long section = catalog.version(catalog.draft(id).orElseThrow().id()).sections().get(0).id();
            editor.saveIndicator(id, new EditIndicator(section, "TDT_PUB_A", "Số đảng viên mới được kết nạp",
                    ValueType.NUMBER, "người", true, BigDecimal.ZERO, null, null, null, null,
                    templates.draftVersion(id)));
            editor.saveIndicator(id, indicator(section, "TDT_PUB_C", ValueType.PERCENTAGE, null, null, null, null,
                    templates.draftVersion(id)));
            designer.publish(id, new Publish(LocalDate.of(2025, 7, 1), templates.draftVersion(id)));
        });

        List<VersionSummary> versions = catalog.versions(id);
        assertThat(versions).extracting(VersionSummary::status).containsExactly("PUBLISHED", "PUBLISHED");
        assertThat(versions.get(1).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(versions.get(0).validTo()).isNull();
        assertThat(catalog.versionInForce(id, LocalDate.of(2025, 6, 30)).number()).isEqualTo(1);
        TemplateVersion second = catalog.versionInForce(id, LocalDate.of(2025, 7, 1));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.indicator("TDT_PUB_A").orElseThrow().name()).isEqualTo("Số đảng viên mới được kết nạp");
        assertThat(second.rules()).hasSize(1);
        Indicator percentage = second.indicator("TDT_PUB_C").orElseThrow();
        assertThat(percentage.min()).isEqualByComparingTo("0");
        assertThat(percentage.max()).isEqualByComparingTo("100");
        assertThat(first.indicator("TDT_PUB_A").orElseThrow().name()).isEqualTo("Số quần chúng được kết nạp");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'reporting.version.published'"
                + " AND target_id = :id").param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aPublishedVersionIsNeverEditedAndATemplateHasOneDraftAtATime() {
        long id = templates.published("TDT_ONE");
        assertThatThrownBy(() -> asDesigner(() -> editor.saveSection(id, new EditSection(null, "Phần mới", 0L))))
                .isInstanceOfSatisfying(UserFacingException.class, ex -> {
                    assertThat(ex.status()).isEqualTo(409);
                    assertThat(ex.messageKey()).isEqualTo("reporting.version.noDraft");
                });
        asDesigner(() -> designer.newDraft(id));
        assertThatThrownBy(() -> asDesigner(() -> designer.newDraft(id)))
                .isInstanceOfSatisfying(UserFacingException.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("reporting.version.draftExists"));
        assertThat(catalog.versions(id)).filteredOn(VersionSummary::draft).hasSize(1);
    }

    @Test
    void publishingNeedsIndicatorsAndADayAfterThePreviousVersion() {
        long section = draftWithSection("TDT_DAY");
        long id = id("TDT_DAY");
        assertThat(refusal(() -> designer.publish(id, new Publish(LocalDate.of(2025, 1, 1),
                templates.draftVersion(id)))).messageKey()).isEqualTo("reporting.publish.empty");
        asDesigner(() -> {
            editor.saveIndicator(id, TemplateFixtures.number(section, "TDT_DAY_1", "Số lượt", templates.draftVersion(id)));
            designer.publish(id, new Publish(LocalDate.of(2025, 1, 1), templates.draftVersion(id)));
            designer.newDraft(id);
        });
        TemplateRefusal early = refusal(() -> designer.publish(id, new Publish(LocalDate.of(2025, 1, 1),
                templates.draftVersion(id))));
        assertThat(early.field()).isEqualTo("validFrom");
        assertThat(early.messageKey()).isEqualTo("reporting.publish.beforePrevious");
        assertThat(catalog.versions(id).get(1).validTo()).isNull();
    }

    @Test
    void publishingOverPeriodsWithSubmissionsIsRefused() {
        ReportingFixtures.TestTemplate fixture = reporting.monthlyTemplate("TDT_SUBM", LocalDate.of(2024, 1, 1), 1);
        long period = reporting.monthlyPeriods(fixture.id(), java.time.YearMonth.of(2025, 3),
                java.time.YearMonth.of(2025, 3)).get(0);
        jdbc.sql("INSERT INTO report_submission (period_id, template_version_id, organization_id, status, created_by)"
                + " VALUES (:p, :v, (SELECT id FROM organization WHERE code = 'T20-CA'), 'DRAFT', 'test')")
                .param("p", period).param("v", fixture.versionId()).update();
        Long owner = jdbc.sql("SELECT owner_id FROM report_template WHERE id = :t").param("t", fixture.id())
                .query(Long.class).single();
        assertThat(owner).isEqualTo(templates.designer().organizationId());
        asDesigner(() -> designer.newDraft(fixture.id()));

        TemplateRefusal refused = refusal(() -> designer.publish(fixture.id(), new Publish(LocalDate.of(2025, 2, 1),
                templates.draftVersion(fixture.id()))));

        assertThat(refused.messageKey()).isEqualTo("reporting.publish.submissionsExist");
        assertThat(catalog.versions(fixture.id()).get(1).validTo()).isNull();
        asDesigner(() -> designer.publish(fixture.id(), new Publish(LocalDate.of(2025, 4, 1),
                templates.draftVersion(fixture.id()))));
        assertThat(catalog.versionInForce(fixture.id(), LocalDate.of(2025, 3, 1)).number()).isEqualTo(1);
    }

    @Test
    void eachIndicatorRuleRefusesOnItsFieldAndChangesNothing() {
        long section = draftWithSection("TDT_VAL");
        long id = id("TDT_VAL");
        record Case(EditIndicator command, String field, String key) {
        }
        long v = templates.draftVersion(id);
        List<Case> cases = List.of(
                new Case(indicator(section, "bad code", ValueType.NUMBER, null, null, null, null, v), "code",
                        "reporting.code.pattern"),
                new Case(indicator(section, "X", ValueType.NUMBER, null, null, null, null, v), "code",
                        "reporting.code.pattern"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.NUMBER, BigDecimal.TEN, BigDecimal.ONE, null, null,
                        v), "max", "reporting.indicator.range.order"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.TEXT, BigDecimal.ONE, null, null, null, v), "min",
                        "reporting.indicator.range.numericOnly"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.NUMBER, null, null, "Có\nKhông", null, v),
                        "choices", "reporting.indicator.choices.choiceOnly"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.CHOICE, null, null, "Có", null, v), "choices",
                        "reporting.indicator.choices.required"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.TEXT, null, null, null, Aggregation.SUM, v),
                        "aggregation", "reporting.indicator.aggregation.none"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.DATE, null, null, null, Aggregation.AVERAGE, v),
                        "aggregation", "reporting.indicator.aggregation.none"),
                new Case(indicator(section, "TDT_VAL_1", ValueType.NUMBER, new BigDecimal("1e17"), null, null, null,
                        v), "min", "reporting.number.size"),
                new Case(new EditIndicator(section, "TDT_VAL_1", "Tên\u0007chuông", ValueType.NUMBER, null, false,
                        null, null, null, null, null, v), "name", "reporting.text.control"),
                new Case(new EditIndicator(section, "TDT_VAL_1", "Đ".repeat(501), ValueType.NUMBER, null, false,
                        null, null, null, null, null, v), "name", "reporting.indicator.name.size"),
                new Case(new EditIndicator(section, "TDT_VAL_1", "Tên", ValueType.NUMBER, null, false, null, null,
                        null, null, -1L, v), "disaggregationId", "reporting.indicator.disaggregation.unknown"),
                new Case(indicator(section + 1_000_000, "TDT_VAL_1", ValueType.NUMBER, null, null, null, null, v),
                        "sectionId", "reporting.section.required"));
        for (Case c : cases) {
            TemplateRefusal refused = refusal(() -> editor.saveIndicator(id, c.command()));
            assertThat(refused.field()).as(c.key()).isEqualTo(c.field());
            assertThat(refused.messageKey()).as(c.field()).isEqualTo(c.key());
            assertThat(refused.status()).isEqualTo(400);
        }
        assertThat(catalog.version(catalog.draft(id).orElseThrow().id()).indicators()).isEmpty();
        assertThat(templates.draftVersion(id)).isEqualTo(v);

        asDesigner(() -> editor.saveIndicator(id, indicator(section, "TDT_VAL_2", ValueType.CHOICE, null, null,
                "Tốt\n  Khá \nTốt\nTrung bình", null, v)));
        Indicator choice = catalog.version(catalog.draft(id).orElseThrow().id()).indicator("TDT_VAL_2").orElseThrow();
        assertThat(choice.choices()).containsExactly("Tốt", "Khá", "Trung bình");
        assertThat(choice.aggregation()).isEqualTo(Aggregation.NONE);
    }

    @Test
    void rulesCompareNumericIndicatorsOfTheSameVersion() {
        long section = draftWithSection("TDT_RULE");
        long id = id("TDT_RULE");
        asDesigner(() -> {
            editor.saveIndicator(id, TemplateFixtures.number(section, "TDT_RULE_N", "Số", templates.draftVersion(id)));
            editor.saveIndicator(id, indicator(section, "TDT_RULE_T", ValueType.TEXT, null, null, null, null,
                    templates.draftVersion(id)));
        });
        long v = templates.draftVersion(id);
        assertThat(refusal(() -> editor.addRule(id, new EditRule("TDT_RULE_T", "<=", "TDT_RULE_N", null, "Sai", v)))
                .field()).isEqualTo("leftCode");
        assertThat(refusal(() -> editor.addRule(id, new EditRule("TDT_RULE_N", "<=", "TDT_PUB_A", null, "Sai", v)))
                .messageKey()).isEqualTo("reporting.rule.operand.numeric");
        assertThat(refusal(() -> editor.addRule(id, new EditRule("TDT_RULE_N", "<=", "TDT_RULE_N", null, "Sai", v)))
                .messageKey()).isEqualTo("reporting.rule.operand.same");
        assertThat(refusal(() -> editor.addRule(id, new EditRule("TDT_RULE_N", "<=", "TDT_RULE_N", BigDecimal.ONE,
                "Sai", v))).messageKey()).isEqualTo("reporting.rule.right.one");
        assertThat(refusal(() -> editor.addRule(id, new EditRule("TDT_RULE_N", "=<", null, BigDecimal.ONE, "Sai", v)))
                .field()).isEqualTo("operator");
        assertThat(refusal(() -> editor.addRule(id, new EditRule("TDT_RULE_N", "<", null, BigDecimal.ONE, " ", v)))
                .field()).isEqualTo("message");

        asDesigner(() -> editor.addRule(id, new EditRule("TDT_RULE_N", "<=", null, new BigDecimal("1000"),
                "Không quá 1.000 người", v)));
        assertThat(catalog.version(catalog.draft(id).orElseThrow().id()).rules()).singleElement()
                .satisfies(r -> assertThat(r.rightConstant()).isEqualByComparingTo("1000"));
        long after = templates.draftVersion(id);
        TemplateRefusal used = refusal(() -> editor.removeIndicator(id, new RemoveIndicator("TDT_RULE_N", after)));
        assertThat(used.messageKey()).isEqualTo("reporting.indicator.usedByRule");
        TemplateRefusal typed = refusal(() -> editor.saveIndicator(id, indicator(section, "TDT_RULE_N",
                ValueType.TEXT, null, null, null, null, after)));
        assertThat(typed.messageKey()).isEqualTo("reporting.indicator.usedByRule");
    }

    @Test
    void indicatorCodesAreUniqueAcrossTemplatesAndStableWithinOne() {
        templates.published("TDT_CODE");
        long id = id("TDT_CODE");
        long other = draftWithSection("TDT_CODE2");
        long otherId = id("TDT_CODE2");

        TemplateRefusal taken = refusal(() -> editor.saveIndicator(otherId, TemplateFixtures.number(other,
                "TDT_CODE_A", "Trùng mã", templates.draftVersion(otherId))));
        assertThat(taken.field()).isEqualTo("code");
        assertThat(taken.messageKey()).isEqualTo("reporting.indicator.code.taken");

        asDesigner(() -> designer.newDraft(id));
        long section = catalog.version(catalog.draft(id).orElseThrow().id()).sections().get(0).id();
        asDesigner(() -> editor.saveIndicator(id, TemplateFixtures.number(section, "TDT_CODE_A", "Tên mới",
                templates.draftVersion(id))));
        TemplateRefusal retyped = refusal(() -> editor.saveIndicator(id, indicator(section, "TDT_CODE_B",
                ValueType.PERCENTAGE, null, null, null, null, templates.draftVersion(id))));
        assertThat(retyped.messageKey()).isEqualTo("reporting.indicator.code.typeChanged");
    }

    @Test
    void aStaleSettingsOrDraftVersionIsRefused() {
        long section = draftWithSection("TDT_LOCK");
        long id = id("TDT_LOCK");
        TemplateHeader before = catalog.find(id).orElseThrow();
        EditTemplate edit = new EditTemplate("TDT_LOCK", "Mẫu đã đổi tên", null, Frequency.QUARTERLY, null, 20, 1,
                null, true, "5, -3, 1", true, before.version());
        asDesigner(() -> designer.update(id, edit));
        TemplateHeader after = catalog.find(id).orElseThrow();
        assertThat(after.name()).isEqualTo("Mẫu đã đổi tên");
        assertThat(after.reminderDays()).containsExactly(-3, 1, 5);
        assertThat(after.cutoffDay()).isNull();

        Throwable stale = org.assertj.core.api.Assertions.catchThrowable(() -> asDesigner(() -> designer.update(id,
                new EditTemplate("TDT_LOCK", "Mẫu đổi lần hai", null, Frequency.MONTHLY, 14, 25, 0, 10, false, null,
                        true, before.version()))));
        assertThat(stale).isInstanceOfSatisfying(UserFacingException.class, ex -> {
            assertThat(ex.status()).isEqualTo(409);
            assertThat(ex.messageKey()).isEqualTo("reporting.template.stale");
        });
        assertThat(catalog.find(id).orElseThrow().name()).isEqualTo("Mẫu đã đổi tên");

        long draft = templates.draftVersion(id);
        asDesigner(() -> editor.saveSection(id, new EditSection(section, "Phần I đã đổi", draft)));
        Throwable staleDraft = org.assertj.core.api.Assertions.catchThrowable(() -> asDesigner(
                () -> editor.saveSection(id, new EditSection(section, "Phần I đổi lần hai", draft))));
        assertThat(staleDraft).isInstanceOfSatisfying(UserFacingException.class,
                ex -> assertThat(ex.status()).isEqualTo(409));
        assertThat(catalog.version(catalog.draft(id).orElseThrow().id()).sections().get(0).title())
                .isEqualTo("Phần I đã đổi");
    }

    @Test
    void settingsAreCheckedAndNormalised() {
        assertThat(refusal(() -> designer.create(TemplateFixtures.settings("tdt_lower", "Tên"))).field())
                .isEqualTo("code");
        assertThat(refusal(() -> designer.create(new EditTemplate("TDT_SET", "Tên", null, Frequency.MONTHLY, 29, 25,
                0, null, false, null, true, null))).field()).isEqualTo("cutoffDay");
        assertThat(refusal(() -> designer.create(new EditTemplate("TDT_SET", "Tên", null, Frequency.MONTHLY, 14, 25,
                0, null, false, "-3, ba", true, null))).field()).isEqualTo("reminderDays");
        assertThat(refusal(() -> designer.create(new EditTemplate("TDT_SET", "T".repeat(301), null, Frequency.MONTHLY,
                14, 25, 0, null, false, null, true, null))).field()).isEqualTo("name");
        assertThat(catalog.findByCode("TDT_SET")).isEmpty();

        String decomposed = "Ba\u0301o ca\u0301o thu\u031B\u0309";
        long id = asDesigner(() -> designer.create(TemplateFixtures.settings("TDT_SET", decomposed)));
        assertThat(catalog.find(id).orElseThrow().name()).isEqualTo("Báo cáo thử");
        assertThat(catalog.search("bao cao thu", Frequency.MONTHLY)).extracting(TemplateHeader::code)
                .contains("TDT_SET");
        assertThat(catalog.search("bao cao thu", Frequency.YEARLY)).extracting(TemplateHeader::code)
                .doesNotContain("TDT_SET");
        assertThat(refusal(() -> designer.create(TemplateFixtures.settings("TDT_SET", "Khác"))).messageKey())
                .isEqualTo("reporting.template.code.taken");
    }

    @Test
    void sectionsMoveAndOnlyEmptyOnesAreRemoved() {
        long first = draftWithSection("TDT_SEC");
        long id = id("TDT_SEC");
        asDesigner(() -> {
            editor.saveSection(id, new EditSection(null, "Phần II", templates.draftVersion(id)));
            editor.saveIndicator(id, TemplateFixtures.number(first, "TDT_SEC_1", "Số", templates.draftVersion(id)));
        });
        long second = catalog.version(catalog.draft(id).orElseThrow().id()).sections().get(1).id();
        asDesigner(() -> editor.moveSection(id, new SectionAction(second, "UP", templates.draftVersion(id))));
        assertThat(catalog.version(catalog.draft(id).orElseThrow().id()).sections())
                .extracting(TemplateVersion.Section::title).containsExactly("Phần II", "Phần I");
        assertThat(refusal(() -> editor.removeSection(id, new SectionAction(first, null, templates.draftVersion(id))))
                .messageKey()).isEqualTo("reporting.section.notEmpty");
        asDesigner(() -> editor.removeSection(id, new SectionAction(second, null, templates.draftVersion(id))));
        assertThat(catalog.version(catalog.draft(id).orElseThrow().id()).sections())
                .extracting(TemplateVersion.Section::title).containsExactly("Phần I");
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'report_template' AND target_id = :id"
                + " ORDER BY seq").param("id", String.valueOf(id)).query(String.class).list())
                .containsSubsequence("reporting.template.created", "reporting.version.drafted",
                        "reporting.section.saved", "reporting.indicator.saved", "reporting.section.moved",
                        "reporting.section.removed");
    }

    @Test
    void onlyCentralStaffOfTheOwnerDesign() {
        long id = templates.published("TDT_WHO");
        CurrentUser police = Fixtures.principal(fixtures.user("tdt.police", "T20-CA", Role.PROVINCE_POLICE_STAFF));
        assertThatThrownBy(() -> Fixtures.as(police, () -> designer.create(TemplateFixtures.settings("TDT_WHO2",
                "Tên")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Fixtures.as(police, () -> designer.newDraft(id)))
                .isInstanceOf(AccessDeniedException.class);
        CurrentUser elsewhere = Fixtures.principal(fixtures.user("tdt.central.bca", "BCA", Role.CENTRAL_STAFF));
        assertThatThrownBy(() -> Fixtures.as(elsewhere, () -> designer.newDraft(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.draft(id)).isEmpty();
    }
}
