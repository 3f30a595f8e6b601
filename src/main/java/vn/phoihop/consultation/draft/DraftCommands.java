package vn.phoihop.consultation.draft;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The commands of drafts and provisions, bound to forms and JSON bodies alike; the services check them again. */
public final class DraftCommands {

    private DraftCommands() {
    }

    /**
     * A draft's header: title, summary, the body it goes to (“Ban Bí thư”) and its secrecy mark (NONE, CONFIDENTIAL,
     * SECRET, TOP_SECRET); {@code version} is the version edited (ignored on creation).
     */
    public record DraftForm(
            @NotBlank(message = "{consultation.draft.title.required}")
            @Size(max = 500, message = "{consultation.draft.title.size}") String title,
            @Size(max = 4000, message = "{consultation.draft.summary.size}") String summary,
            @Size(max = 300, message = "{consultation.draft.addressee.size}") String addressee,
            String secrecy,
            Long version) {

        public static DraftForm blank() {
            return new DraftForm(null, null, null, "NONE", null);
        }
    }

    /** The register's document a draft was issued as (its id), or none; {@code version} of the draft. */
    public record IssuedForm(Long documentId, Long version) {
    }

    /** A provision's new heading and body; {@code version} is the row version edited. */
    public record ProvisionForm(
            @Size(max = 1000, message = "{consultation.provision.heading.size}") String heading,
            @Size(max = 100000, message = "{consultation.provision.body.size}") String body,
            Long version) {
    }

    /**
     * A new provision after {@code afterProvisionId} (or first), of {@code kind} (ARTICLE, CLAUSE, POINT, CHAPTER,
     * SECTION), under the same parent as the one it follows, with its label (“Điều 7”), heading and body.
     */
    public record NewProvisionForm(
            Long afterProvisionId,
            String kind,
            @NotBlank(message = "{consultation.provision.label.required}")
            @Size(max = 100, message = "{consultation.provision.label.size}") String label,
            @Size(max = 1000, message = "{consultation.provision.heading.size}") String heading,
            @Size(max = 100000, message = "{consultation.provision.body.size}") String body) {

        public static NewProvisionForm blank() {
            return new NewProvisionForm(null, "ARTICLE", null, null, null);
        }
    }
}
