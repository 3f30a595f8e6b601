package vn.phoihop.consultation.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.phoihop.platform.Texts;

/**
 * The Vietnamese wording shared by the DOCX and the PDF of the consolidated report (messages
 * {@code consultation.report.*}), NFC-normalised: titles, table heads, a disposition's name (“chưa xử lý” when
 * undecided), a comment's text with its proposal and its answer with reason and group.
 */
@Component
class ReportTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return Texts.nfc(messages.getMessage(key, args, VIETNAMESE));
    }

    String kind(String kind) {
        return text("consultation.report.kind." + kind);
    }

    String title(ConsolidatedReport report) {
        return text("consultation.report.docx.title");
    }

    String subtitle(ConsolidatedReport report) {
        return text("consultation.report.docx.subtitle", nfc(report.draftTitle()), nfc(report.versionLabel()));
    }

    String intro(ConsolidatedReport report) {
        return text("consultation.report.docx.intro", nfc(report.roundTitle()), report.total(),
                report.byOrganization().size(), nfc(report.addressee() == null ? "" : report.addressee()),
                DATE.format(report.dated()));
    }

    String provision(ConsolidatedReport.Section section) {
        String heading = section.heading() == null || section.heading().isBlank() ? "" : ". " + section.heading();
        return nfc(section.label() + heading) + " " + text("consultation.report.docx.commentCount",
                section.comments().size());
    }

    String body(ConsolidatedReport.Item item) {
        String proposal = item.proposal() == null || item.proposal().isBlank() ? ""
                : "\n" + text("consultation.report.proposal", item.proposal());
        return nfc(item.body() + proposal);
    }

    String answer(ConsolidatedReport.Item item) {
        StringBuilder answer = new StringBuilder(kind(item.disposition()));
        if (item.reason() != null && !item.reason().isBlank()) {
            answer.append(": ").append(item.reason());
        }
        if (item.group() != null) {
            answer.append('\n').append(text("consultation.report.group", item.group()));
        }
        return nfc(answer.toString());
    }

    List<String> organizationHeads() {
        return List.of(text("consultation.report.organization"), text("consultation.report.total"),
                kind("ACCEPTED"), kind("PARTLY_ACCEPTED"), kind("EXPLAINED"), kind(ConsolidatedReport.UNDECIDED));
    }

    List<String> commentHeads() {
        return List.of(text("consultation.report.number"), text("consultation.report.organization"),
                text("consultation.report.comment"), text("consultation.report.answer"));
    }

    private static String nfc(String value) {
        return value == null ? "" : Texts.nfc(value);
    }
}
