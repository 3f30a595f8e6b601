package vn.phoihop.reporting.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoihop.account.Clearance;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.Role;
import vn.phoihop.reporting.template.TemplateCommands.EditIndicator;
import vn.phoihop.reporting.template.TemplateCommands.EditRule;
import vn.phoihop.reporting.template.TemplateCommands.EditSection;
import vn.phoihop.reporting.template.TemplateCommands.EditTemplate;
import vn.phoihop.reporting.template.TemplateCommands.Publish;
import vn.phoihop.support.Fixtures;

/**
 * Templates made through the designer's services (so they pass its rules and land in the audit trail), by a
 * central staff member of the central staff agency. Callers use codes of their own.
 */
@Component
public class TemplateFixtures {

    private final Fixtures fixtures;
    private final TemplateDesigner designer;
    private final DraftEditor editor;
    private final TemplateCatalog catalog;

    private final TransactionTemplate committed;

    TemplateFixtures(Fixtures fixtures, TemplateDesigner designer, DraftEditor editor, TemplateCatalog catalog,
            PlatformTransactionManager transactionManager) {
        this.fixtures = fixtures;
        this.designer = designer;
        this.editor = editor;
        this.catalog = catalog;
        // Committed on its own even inside a @Transactional test (the audit trail's lock must not stay with the test).
        this.committed = new TransactionTemplate(transactionManager);
        this.committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A designer: central staff of the central staff agency (CTDCT), the owner of the templates they create. */
    public CurrentUser designer() {
        return Fixtures.principal(fixtures.user("tpl.designer", "CTDCT", EnumSet.of(Role.CENTRAL_STAFF),
                Clearance.NONE));
    }

    /** Template settings with {@code code}, monthly, due on the 25th. */
    public static EditTemplate settings(String code, String name) {
        return new EditTemplate(code, name, "Mẫu thử của bộ thiết kế", Frequency.MONTHLY, 14, 25, 0, 10, false,
                "-3, 1", true, null);
    }

    /**
     * The template {@code code} (created on first use): one section, two numbers {@code code_A} and {@code code_B},
     * the rule A ≤ B, published from 01/01/2024; its id.
     */
    public long published(String code) {
        CurrentUser user = designer();
        return catalog.findByCode(code).map(TemplateHeader::id).orElseGet(() -> Fixtures.as(user,
                () -> committed.execute(status -> {
            long id = designer.create(settings(code, "Mẫu thử " + code));
            designer.newDraft(id);
            editor.saveSection(id, new EditSection(null, "Phần I. Kết quả", draftVersion(id)));
            long section = catalog.version(catalog.draft(id).orElseThrow().id()).sections().get(0).id();
            editor.saveIndicator(id, number(section, code + "_A", "Số quần chúng được kết nạp", draftVersion(id)));
            editor.saveIndicator(id, number(section, code + "_B", "Số quần chúng ưu tú được xem xét",
                    draftVersion(id)));
            editor.addRule(id, new EditRule(code + "_A", "<=", code + "_B", null, "Số kết nạp không vượt số được xem xét",
                    draftVersion(id)));
            designer.publish(id, new Publish(LocalDate.of(2024, 1, 1), draftVersion(id)));
            return id;
        })));
    }

    /** The draft's current version (the optimistic lock an editor starts from). */
    public long draftVersion(long templateId) {
        return catalog.draft(templateId).orElseThrow().version();
    }

    /** A required NUMBER indicator, summed, at least 0. */
    public static EditIndicator number(long section, String code, String name, long draftVersion) {
        return new EditIndicator(section, code, name, ValueType.NUMBER, "người", true, BigDecimal.ZERO, null, null,
                null, null, draftVersion);
    }
}
