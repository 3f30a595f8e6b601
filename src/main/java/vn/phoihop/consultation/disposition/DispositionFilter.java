package vn.phoihop.consultation.disposition;

/**
 * Filters of the drafting body's list of submitted comments: a provision, an organisation (the one that submitted),
 * a disposition kind or {@code UNDECIDED}, and only the comments assigned to the acting user. NULL means any.
 */
public record DispositionFilter(Long provision, Long organization, String disposition, boolean mine) {

    /** No filter. */
    public static DispositionFilter none() {
        return new DispositionFilter(null, null, null, false);
    }
}
