package vn.phoihop.document.register;

import java.time.LocalDate;

import vn.phoihop.document.register.DocumentCommands.RelationKind;

/**
 * A relation as the page of one document shows it: {@code OUTGOING} when this document is the source ("this plan
 * implements 12-NQ/TW"), {@code INCOMING} when it is the target ("118-KH/ĐUCA implements this resolution").
 *
 * @param otherNotation the other document's notation, {@code null} for a draft
 * @param removable whether the reader may remove it (they write for the source's issuer)
 */
public record RelationView(long id, Direction direction, RelationKind kind, long otherId, String otherNotation,
        String otherTitle, LocalDate otherIssuedOn, String note, boolean removable) {

    public enum Direction { OUTGOING, INCOMING }
}
