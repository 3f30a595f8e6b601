package vn.phoihop.organization.rest;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.organization.reorganization.ReorganizationCommand;
import vn.phoihop.organization.reorganization.ReorganizationPreview;
import vn.phoihop.organization.reorganization.ReorganizationView;
import vn.phoihop.organization.reorganization.Reorganizations;

/** Reorganisations (administrators): preview, apply, confirm, undo. */
@RestController
@RequestMapping("/api/v1/reorganizations")
@Tag(name = "Sắp xếp tổ chức / Reorganisations")
class ReorganizationApiController {

    private final Reorganizations reorganizations;

    ReorganizationApiController(Reorganizations reorganizations) {
        this.reorganizations = reorganizations;
    }

    @PostMapping("/preview")
    @Operation(summary = "Xem trước thay đổi / Preview a reorganisation")
    ReorganizationPreview preview(@RequestBody ReorganizationCommand command) {
        return reorganizations.preview(command);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thực hiện (còn hoàn tác được đến khi xác nhận) / Apply (undoable until confirmed)")
    ReorganizationView apply(@RequestBody ReorganizationCommand command) {
        return reorganizations.apply(command);
    }

    @GetMapping
    @Operation(summary = "Các thay đổi chờ xác nhận / Reorganisations awaiting confirmation")
    List<ReorganizationView> pending() {
        return reorganizations.pending();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một lần sắp xếp / One reorganisation")
    ReorganizationView get(@PathVariable long id) {
        return reorganizations.get(id);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Xác nhận / Confirm")
    ReorganizationView confirm(@PathVariable long id) {
        return reorganizations.confirm(id);
    }

    @PostMapping("/{id}/undo")
    @Operation(summary = "Hoàn tác / Undo")
    ReorganizationView undo(@PathVariable long id) {
        return reorganizations.undo(id);
    }
}
