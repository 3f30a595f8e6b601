package vn.phoihop.consultation.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.consultation.disposition.CommentGroup;
import vn.phoihop.consultation.disposition.DispositionCommand;
import vn.phoihop.consultation.disposition.Dispositions;
import vn.phoihop.consultation.disposition.GroupSuggestion;
import vn.phoihop.consultation.disposition.Groups;
import vn.phoihop.consultation.disposition.InternalNote;
import vn.phoihop.consultation.disposition.SubmittedComment;
import vn.phoihop.platform.UserFacingException;

/**
 * Dispositions of a round's submitted comments ({@code id} is the round): write one
 * ({@code PUT …/comments/{commentId}/disposition}), assignment to a drafter ({@code GET …/drafters},
 * {@code PUT …/comments/{commentId}/assignment}), internal notes ({@code GET|POST …/comments/{commentId}/notes}),
 * near-duplicate groups ({@code GET …/groups/suggestions}, {@code POST …/groups}, answered once by
 * {@code PUT …/groups/{groupId}/disposition}) and publication to the invitees ({@code POST …/publication}). The
 * drafting body only; see {@link Dispositions} and {@link Groups}.
 */
@RestController
@Tag(name = "Lấy ý kiến dự thảo / Consultation")
class DispositionApi {

    /** The drafter to assign a comment to (a username of {@code GET …/drafters}); blank or absent unassigns. */
    record AssignmentBody(String username) {
    }

    /** A note to add. */
    record NoteBody(String body) {
    }

    /** A group to make: its label (optional) and two or more comment ids. */
    record GroupBody(String label, List<Long> commentIds) {
    }

    /** Publish ({@code true}) or withdraw the dispositions; the round's version column as read (optional). */
    record PublicationBody(Boolean published, Long version) {
    }

    private final Dispositions dispositions;
    private final Groups groups;

    DispositionApi(Dispositions dispositions, Groups groups) {
        this.dispositions = dispositions;
        this.groups = groups;
    }

    @PutMapping("/api/v1/consultations/{id}/comments/{commentId}/disposition")
    @Operation(summary = "Ghi ý kiến tiếp thu, giải trình / Record a disposition")
    SubmittedComment dispose(@PathVariable long id, @PathVariable long commentId,
            @RequestBody DispositionCommand command) {
        dispositions.record(id, commentId, command);
        return dispositions.comment(id, commentId);
    }

    @GetMapping("/api/v1/consultations/{id}/drafters")
    @Operation(summary = "Cán bộ có thể được giao xử lý góp ý / Drafters comments may be assigned to")
    List<String> drafters(@PathVariable long id) {
        return dispositions.drafters(dispositions.requireDraftingReader(id));
    }

    @PutMapping("/api/v1/consultations/{id}/comments/{commentId}/assignment")
    @Operation(summary = "Giao góp ý cho cán bộ xử lý / Assign a comment to a drafter")
    SubmittedComment assign(@PathVariable long id, @PathVariable long commentId,
            @RequestBody(required = false) AssignmentBody body) {
        dispositions.assign(id, commentId, body == null ? null : body.username());
        return dispositions.comment(id, commentId);
    }

    @GetMapping("/api/v1/consultations/{id}/comments/{commentId}/notes")
    @Operation(summary = "Ghi chú nội bộ của một góp ý / Internal notes of a comment")
    List<InternalNote> notes(@PathVariable long id, @PathVariable long commentId) {
        return dispositions.notes(id, commentId);
    }

    @PostMapping("/api/v1/consultations/{id}/comments/{commentId}/notes")
    @Operation(summary = "Thêm ghi chú nội bộ / Add an internal note")
    ResponseEntity<List<InternalNote>> note(@PathVariable long id, @PathVariable long commentId,
            @RequestBody NoteBody body) {
        dispositions.note(id, commentId, body == null ? null : body.body());
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/comments/" + commentId + "/notes"))
                .body(dispositions.notes(id, commentId));
    }

    @GetMapping("/api/v1/consultations/{id}/groups/suggestions")
    @Operation(summary = "Gợi ý nhóm góp ý trùng lặp / Suggested groups of near-duplicate comments")
    List<GroupSuggestion> suggestions(@PathVariable long id) {
        return groups.suggestions(id);
    }

    @PostMapping("/api/v1/consultations/{id}/groups")
    @Operation(summary = "Lập nhóm góp ý / Make a group of comments")
    ResponseEntity<CommentGroup> group(@PathVariable long id, @RequestBody GroupBody body) {
        long group = groups.create(id, body == null ? null : body.label(), body == null ? null : body.commentIds());
        CommentGroup made = groups.groups(id).stream().filter(g -> g.id() == group).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + id + "/groups/" + group)).body(made);
    }

    @PutMapping("/api/v1/consultations/{id}/groups/{groupId}/disposition")
    @Operation(summary = "Tiếp thu, giải trình một lần cho cả nhóm / Answer a group once")
    Map<String, Integer> answer(@PathVariable long id, @PathVariable long groupId,
            @RequestBody DispositionCommand command) {
        return Map.of("answered", groups.answer(id, groupId, command));
    }

    @PostMapping("/api/v1/consultations/{id}/publication")
    @Operation(summary = "Công bố, thu hồi kết quả tiếp thu cho cơ quan góp ý / Publish or withdraw dispositions")
    Map<String, Object> publish(@PathVariable long id, @RequestBody PublicationBody body) {
        Boolean published = body == null ? null : body.published();
        long version = dispositions.publish(id, published, body == null ? null : body.version());
        return Map.of("published", published, "version", version);
    }
}
