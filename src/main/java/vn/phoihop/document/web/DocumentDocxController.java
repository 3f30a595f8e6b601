package vn.phoihop.document.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.phoihop.document.output.OfficialDocuments;

/**
 * The document page's "DOCX" link: the document in its official layout, as a download. A document the user may not
 * read is "not found"; a secret document's content is refused on an internet-facing deployment (an error page with
 * the reason).
 */
@Controller
class DocumentDocxController {

    private final OfficialDocuments documents;

    DocumentDocxController(OfficialDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return documents.docx(id).response();
    }
}
