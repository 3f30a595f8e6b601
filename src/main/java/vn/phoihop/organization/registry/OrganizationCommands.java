package vn.phoihop.organization.registry;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.phoihop.platform.Texts;
import vn.phoihop.organization.OrganizationKind;

/** The commands that create and correct organisations; forms and the API bind to these, never to entities. */
public final class OrganizationCommands {

    /** Codes: letters, digits, dot, dash, underscore; up to 40 characters. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    private OrganizationCommands() {
    }

    /** A new organisation under {@code parentId}, existing from {@code validFrom}. */
    public record CreateOrganization(
            @NotBlank(message = "{organization.code.required}")
            @Pattern(regexp = CODE_PATTERN, message = "{organization.code.pattern}") String code,
            @NotNull(message = "{organization.kind.required}") OrganizationKind kind,
            @NotBlank(message = "{organization.name.required}")
            @Size(max = 300, message = "{organization.name.size}") String name,
            @Size(max = 120, message = "{organization.shortName.size}") String shortName,
            @Size(max = 40, message = "{organization.abbreviation.size}") String abbreviation,
            @NotNull(message = "{organization.parent.required}") Long parentId,
            @NotNull(message = "{organization.validFrom.required}") LocalDate validFrom) {

        /** The same command with every text in NFC. */
        public CreateOrganization normalized() {
            return new CreateOrganization(Texts.nfc(code), kind, Texts.nfc(name), Texts.nfcOrNull(shortName),
                    Texts.nfcOrNull(abbreviation), parentId, validFrom);
        }
    }

    /**
     * A correction of the code and of the name in force today, without history (a typo, not a renaming: a
     * renaming is a {@link ReorganizationKind#RENAME}). {@code version} is the version the editor started from.
     */
    public record UpdateOrganization(
            @NotBlank(message = "{organization.code.required}")
            @Pattern(regexp = CODE_PATTERN, message = "{organization.code.pattern}") String code,
            @NotBlank(message = "{organization.name.required}")
            @Size(max = 300, message = "{organization.name.size}") String name,
            @Size(max = 120, message = "{organization.shortName.size}") String shortName,
            @Size(max = 40, message = "{organization.abbreviation.size}") String abbreviation,
            @NotNull(message = "{organization.version.required}") Long version) {

        public UpdateOrganization normalized() {
            return new UpdateOrganization(Texts.nfc(code), Texts.nfc(name), Texts.nfcOrNull(shortName),
                    Texts.nfcOrNull(abbreviation), version);
        }
    }

    /** {@code leaderId} leads the organisation along {@code kind} from {@code validFrom} (to {@code validTo}). */
    public record AddLeadershipLink(
            @NotNull(message = "{leadership.leader.required}") Long leaderId,
            @NotNull(message = "{leadership.kind.required}") LeadershipKind kind,
            @NotNull(message = "{leadership.validFrom.required}") LocalDate validFrom,
            LocalDate validTo) {
    }

    /** Ends a leadership link of the organisation on {@code validTo} (its last day). */
    public record EndLeadershipLink(
            @NotNull(message = "{leadership.link.required}") Long linkId,
            @NotNull(message = "{leadership.validTo.required}") LocalDate validTo) {
    }
}
