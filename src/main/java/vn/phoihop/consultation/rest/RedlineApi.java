package vn.phoihop.consultation.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.consultation.redline.RedlineArticle;
import vn.phoihop.consultation.redline.RedlineView;
import vn.phoihop.consultation.redline.Redlines;

/**
 * The redline between two versions of a draft as JSON: per article its kind of change, the earlier and later
 * articles (labels, places, texts), the word-level difference and, for the drafting body only, the dispositions that
 * changed it. {@code from} and {@code to} are version ids (defaults: the version before the latest, the latest).
 */
@RestController
@Tag(name = "Lấy ý kiến dự thảo / Consultation on drafts")
class RedlineApi {

    private final Redlines redlines;

    RedlineApi(Redlines redlines) {
        this.redlines = redlines;
    }

    record RedlineJson(long draftId, Version from, Version to, boolean withReasons, List<RowJson> rows) {
    }

    record Version(long id, int number, String label) {
    }

    record Article(long provisionId, String label, String place, String text) {

        static Article of(RedlineArticle a) {
            return new Article(a.provisionId(), a.label(), a.place(), a.text());
        }
    }

    record Segment(String op, String text) {
    }

    record RowJson(String kind, boolean edited, List<Article> before, List<Article> after, List<Segment> diff,
            List<RedlineView.Reason> reasons) {
    }

    @GetMapping("/api/v1/consultations/drafts/{id}/redline")
    @Operation(summary = "So sánh hai phiên bản dự thảo / The redline between two versions")
    RedlineJson redline(@PathVariable long id, @RequestParam(name = "from", required = false) Long from,
            @RequestParam(name = "to", required = false) Long to) {
        RedlineView v = redlines.redline(id, from, to);
        return new RedlineJson(v.draftId(), new Version(v.from().id(), v.from().number(), v.from().label()),
                new Version(v.to().id(), v.to().number(), v.to().label()), v.withReasons(),
                v.rows().stream().map(r -> new RowJson(r.kind().name(), r.entry().edited(),
                        r.entry().before().stream().map(Article::of).toList(),
                        r.entry().after().stream().map(Article::of).toList(),
                        r.entry().diff().stream().map(s -> new Segment(s.op().name(), s.text())).toList(),
                        r.reasons())).toList());
    }
}
