package vn.phoihop.organization.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.phoihop.platform.Texts;

/** The commands that record people, their ranks and positions. */
public final class PeopleCommands {

    private PeopleCommands() {
    }

    /** A person with a first position (a person is visible through their positions), and a rank if police. */
    public record CreatePerson(
            @NotBlank(message = "{person.fullName.required}")
            @Size(max = 200, message = "{person.fullName.size}") String fullName,
            Rank rank,
            @NotNull(message = "{position.organization.required}") Long organizationId,
            @NotNull(message = "{position.title.required}") PositionTitle title,
            @NotNull(message = "{position.validFrom.required}") LocalDate validFrom) {

        public CreatePerson normalized() {
            return new CreatePerson(Texts.nfc(fullName), rank, organizationId, title, validFrom);
        }
    }

    /** A further position; {@code concurrent} when held alongside the main one (kiêm nhiệm). */
    public record Appoint(
            @NotNull(message = "{position.organization.required}") Long organizationId,
            @NotNull(message = "{position.title.required}") PositionTitle title,
            Boolean concurrent,
            @NotNull(message = "{position.validFrom.required}") LocalDate validFrom,
            LocalDate validTo) {
    }

    /** A promotion to {@code rank} from {@code validFrom}. */
    public record Promote(
            @NotNull(message = "{person.rank.required}") Rank rank,
            @NotNull(message = "{person.rank.validFrom.required}") LocalDate validFrom) {
    }

    /** The last day of a position. */
    public record EndPosition(@NotNull(message = "{position.validTo.required}") LocalDate validTo) {
    }
}
