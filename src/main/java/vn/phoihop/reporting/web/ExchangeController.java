package vn.phoihop.reporting.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.reporting.exchange.ExchangeRefused;
import vn.phoihop.reporting.exchange.Exchanges;

/**
 * The offline form page of a period ({@code /reporting/exchange/{periodId}}): what the form is for, the download, and
 * the upload. An upload answers with a redirect to the page, the outcome as a notice; a refused one lists every cell
 * at fault (nothing is stored). Who may use it is the service's decision; out of reach is 403 or 404.
 */
@Controller
class ExchangeController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Exchanges exchanges;
    private final MessageSource messages;

    ExchangeController(Exchanges exchanges, MessageSource messages) {
        this.exchanges = exchanges;
        this.messages = messages;
    }

    @GetMapping("/reporting/exchange/{periodId}")
    String page(@PathVariable long periodId, Model model) {
        model.addAttribute("exchange", exchanges.context(periodId));
        model.addAttribute("maxMegabytes", 2);
        return "reporting/exchange-page";
    }

    @GetMapping("/reporting/exchange/{periodId}.xlsx")
    ResponseEntity<byte[]> download(@PathVariable long periodId) {
        return file(exchanges.form(periodId));
    }

    @PostMapping("/reporting/exchange/{periodId}")
    String upload(@PathVariable long periodId, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect, Locale locale) throws IOException {
        try {
            Exchanges.Uploaded stored = exchanges.upload(periodId, file == null ? null : file.getBytes());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, new Notice("reporting.exchange.stored", stored.values(),
                    stored.changed()));
        }
        catch (ExchangeRefused refused) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(refused));
            List<String> errors = refused.errors().stream().map(e -> e.text(messages, locale)).toList();
            redirect.addFlashAttribute("cellErrors", errors);
        }
        catch (UserFacingException refused) {
            redirect.addFlashAttribute(Notice.PROBLEM, Notice.refusal(refused));
        }
        return "redirect:/reporting/exchange/" + periodId;
    }

    /** The form as an attachment named after its template and period. */
    static ResponseEntity<byte[]> file(Exchanges.FormFile form) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(form.fileName())
                        .build().toString())
                .body(form.content());
    }
}
