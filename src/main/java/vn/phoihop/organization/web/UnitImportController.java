package vn.phoihop.organization.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.phoihop.organization.unitfile.FileFormat;
import vn.phoihop.organization.unitfile.ImportReport;
import vn.phoihop.organization.unitfile.OrganizationImports;
import vn.phoihop.platform.UserFacingException;
import vn.phoihop.platform.web.Notice;
import vn.phoihop.platform.web.Uploads;

/**
 * Importing units from a CSV or XLSX file: "check" is a dry run that lists every problem by row; "import" imports
 * all rows or, when any row has a problem, none (and lists the problems the same way). A file that cannot be read
 * at all (not UTF-8, too many rows) is refused on the same page with the reason; one over the upload cap is
 * refused before it reaches this controller (413, see {@code platform.web.UploadConfiguration}).
 */
@Controller
@RequestMapping("/organizations/import")
class UnitImportController {

    private final OrganizationImports imports;
    private final Uploads uploads;

    UnitImportController(OrganizationImports imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @ModelAttribute("maxMegabytes")
    long maxMegabytes() {
        return uploads.maxMegabytes();
    }

    @GetMapping
    String form(Model model) {
        imports.requireImporter();
        return "organization/import";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "action", defaultValue = "check") String action, Model model) throws IOException {
        imports.requireImporter();
        if (file == null || file.isEmpty()) {
            throw UserFacingException.invalid("import.file.empty");
        }
        String extension = file.getOriginalFilename() == null ? "" : file.getOriginalFilename()
                .replaceAll(".*\\.", "");
        FileFormat format = FileFormat.of(extension, file.getContentType())
                .orElseThrow(() -> UserFacingException.invalid("import.format.unknown"));
        try {
            ImportReport report = "import".equals(action) ? imports.importUnits(file.getBytes(), format)
                    : imports.dryRun(file.getBytes(), format);
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        catch (UserFacingException refused) {
            model.addAttribute(Notice.PROBLEM, Notice.refusal(refused));
        }
        return "organization/import";
    }
}
