package vn.phoihop.organization;

/**
 * What other modules see of an organisation.
 *
 * @param officialCode the official code of a provincial-level unit (see {@link OrganizationView}), else
 *     {@code null}
 * @param abbreviation the issuer abbreviation used in document notations ({@code TW}, {@code ĐUCA}, {@code BCA},
 *     {@code TU}), or {@code null} when none is registered
 * @param provinceId the provincial-level unit that contains it (itself for a province), or {@code null} for a
 *     central body
 */
public record OrganizationSummary(long id, String code, String officialCode, OrganizationKind kind, String name, String shortName,
        String abbreviation, Long parentId, Long provinceId) {

    /** Whether members of this organisation have a national scope. */
    public boolean national() {
        return provinceId == null;
    }
}
