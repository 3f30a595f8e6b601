package vn.phoihop.reporting.rest;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.reporting.submission.InvalidValues;
import vn.phoihop.reporting.submission.SubmissionQueries;
import vn.phoihop.reporting.submission.SubmissionView;
import vn.phoihop.reporting.submission.Submissions;
import vn.phoihop.reporting.submission.Submissions.Outcome;
import vn.phoihop.reporting.submission.Submissions.Post;

/**
 * Submissions under {@code /api/v1/reporting/submissions}: post values (a draft, or submitted with
 * {@code submit} set to true; header {@code Idempotency-Key} optional: a retry answers 200 with the same submission) and
 * read one submission with its history. Refused values answer 400 with {@code errors:[{indicator, option, message}]}
 * and store nothing; a locked period, a report no longer editable or a stale version answer 409.
 */
@RestController
@Tag(name = "Báo cáo định kỳ / Periodic reporting")
class SubmissionApi {

    private final Submissions submissions;
    private final SubmissionQueries queries;
    private final MessageSource messages;

    SubmissionApi(Submissions submissions, SubmissionQueries queries, MessageSource messages) {
        this.submissions = submissions;
        this.queries = queries;
        this.messages = messages;
    }

    /** The answer to a post. */
    record Result(long id, String status, boolean late, long version) {

        static Result of(Outcome outcome) {
            return new Result(outcome.id(), outcome.status().name(), outcome.late(), outcome.version());
        }
    }

    /** A submission as the API shows it. */
    record Details(long id, String templateCode, String periodCode, String periodName, long organizationId,
            String organizationName, String status, boolean late, long version, String returnReason,
            List<ValueItem> values, List<RuleItem> rules, List<SubmissionView.Event> events,
            List<SubmissionView.Change> changes) {
    }

    record ValueItem(String indicator, String option, String value) {
    }

    record RuleItem(String leftCode, String operator, String rightCode, String message, boolean holds) {
    }

    record ValueError(String indicator, String option, String message) {
    }

    @PostMapping("/api/v1/reporting/submissions")
    @Operation(summary = "Lưu hoặc gửi báo cáo (Idempotency-Key) / Save or submit a report (Idempotency-Key)")
    ResponseEntity<Result> post(@RequestBody(required = false) Post post,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Outcome outcome = submissions.post(post, key);
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(Result.of(outcome));
    }

    @GetMapping("/api/v1/reporting/submissions/{id}")
    @Operation(summary = "Một báo cáo với lịch sử / One submission with its history")
    Details get(@PathVariable long id) {
        SubmissionView v = queries.view(id);
        List<ValueItem> values = v.version().indicators().stream()
                .flatMap(i -> i.optionCodes().stream().map(o -> new ValueItem(i.code(), o, v.display(i.code(), o))))
                .filter(item -> !item.value().isEmpty()).toList();
        List<RuleItem> rules = v.rules().stream().map(r -> new RuleItem(r.rule().leftCode(), r.rule().operator(),
                r.rule().rightCode() != null ? r.rule().rightCode()
                        : vn.phoihop.reporting.submission.SubmissionValues.text(r.rule().rightConstant()),
                r.rule().message(), r.holds())).toList();
        return new Details(v.row().id(), v.template().code(), v.period().code(), v.period().name(),
                v.organization().id(), v.organization().name(), v.row().status().name(), v.row().late(),
                v.row().version(), v.row().returnReason(), values, rules, v.events(), v.changes());
    }

    @ExceptionHandler(InvalidValues.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValues ex) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(ex.messageKey(), ex.arguments(), locale));
        body.setTitle(messages.getMessage("error.title.400", null, locale));
        body.setProperty("errors", ex.problems().stream().map(p -> new ValueError(p.indicator(), p.option(),
                messages.getMessage(p.messageKey(), p.args(), locale))).toList());
        return ResponseEntity.badRequest().body(body);
    }
}
