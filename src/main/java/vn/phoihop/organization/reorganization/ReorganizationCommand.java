package vn.phoihop.organization.reorganization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.phoihop.platform.Texts;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.ReorganizationKind;
import vn.phoihop.organization.registry.OrganizationCommands;

/**
 * A reorganisation to preview or apply. It takes effect on {@code effectiveDate}: what ends has that day's eve as
 * its last day. Which fields count depends on the kind:
 * <ul>
 * <li>MERGE: {@code organizationIds} are the predecessors; either {@code targetId} (an existing organisation that
 * absorbs them and continues) or exactly one of {@code newOrganizations} (the new successor). Predecessors close;
 * their units move to the successor; their leadership links whose other end continues move too.</li>
 * <li>SPLIT: one predecessor, at least two {@code newOrganizations}; {@code childAssignments} maps each unit of the
 * predecessor to the index of the new organisation that takes it.</li>
 * <li>RENAME: one organisation and {@code newName} (short name and abbreviation optional).</li>
 * <li>MOVE: one organisation and {@code targetId}, its new parent.</li>
 * <li>CLOSE: one organisation without units in force on the date.</li>
 * </ul>
 *
 * @param legalBasis the document the change rests on, e.g. "Nghị quyết số 202/2025/QH15"
 */
public record ReorganizationCommand(
        @NotNull(message = "{reorganization.kind.required}") ReorganizationKind kind,
        @NotNull(message = "{reorganization.effectiveDate.required}") LocalDate effectiveDate,
        @NotBlank(message = "{reorganization.legalBasis.required}")
        @Size(max = 300, message = "{reorganization.legalBasis.size}") String legalBasis,
        @Size(max = 2000, message = "{reorganization.note.size}") String note,
        @NotEmpty(message = "{reorganization.subjects.required}") List<@NotNull Long> organizationIds,
        Long targetId,
        List<@Valid NewOrganization> newOrganizations,
        @Size(max = 300, message = "{organization.name.size}") String newName,
        @Size(max = 120, message = "{organization.shortName.size}") String newShortName,
        @Size(max = 40, message = "{organization.abbreviation.size}") String newAbbreviation,
        Map<Long, Integer> childAssignments) {

    /** The same command with every text in NFC and absent lists empty. */
    public ReorganizationCommand normalized() {
        return new ReorganizationCommand(kind, effectiveDate, Texts.nfc(legalBasis), Texts.nfcOrNull(note),
                organizationIds == null ? List.of() : List.copyOf(organizationIds), targetId,
                newOrganizations == null ? List.of() : newOrganizations.stream().map(NewOrganization::normalized).toList(),
                Texts.nfcOrNull(newName), Texts.nfcOrNull(newShortName), Texts.nfcOrNull(newAbbreviation),
                childAssignments == null ? Map.of() : Map.copyOf(childAssignments));
    }

    /** An organisation a merge or split creates; kind and parent default to the (first) predecessor's. */
    public record NewOrganization(
            @NotBlank(message = "{organization.code.required}")
            @Pattern(regexp = OrganizationCommands.CODE_PATTERN, message = "{organization.code.pattern}") String code,
            OrganizationKind kind,
            @NotBlank(message = "{organization.name.required}")
            @Size(max = 300, message = "{organization.name.size}") String name,
            @Size(max = 120, message = "{organization.shortName.size}") String shortName,
            @Size(max = 40, message = "{organization.abbreviation.size}") String abbreviation,
            Long parentId) {

        NewOrganization normalized() {
            return new NewOrganization(Texts.nfc(code), kind, Texts.nfc(name), Texts.nfcOrNull(shortName),
                    Texts.nfcOrNull(abbreviation), parentId);
        }
    }
}
