package vn.phoihop.organization.registry;

import java.time.LocalDate;
import java.util.Comparator;

import vn.phoihop.platform.VietnameseOrder;
import vn.phoihop.organization.OrganizationKind;
import vn.phoihop.organization.OrganizationSummary;

/**
 * An organisation as of a date: its identity and lifetime, and the name and parent in force that day.
 *
 * @param officialCode the code in the official list of provincial-level units (Quyết định số 19/2025/QĐ-TTg for
 *     the 34 provinces from 2025-07-01, the statistics office code for the earlier ones), or {@code null} for any
 *     other organisation; PhoiHop's own {@code code} stays the identifier, pages and exports show this one
 * @param provinceId the provincial-level unit that contained it that day (itself for a province), or {@code null}
 *     for a central body
 * @param asOf the date the facts are taken from
 * @param version the optimistic-lock version; send it back with an update
 */
public record OrganizationView(long id, String code, String officialCode, OrganizationKind kind, String name, String shortName,
        String abbreviation, Long parentId, Long provinceId, LocalDate validFrom, LocalDate validTo, LocalDate asOf,
        long version) {

    /**
     * The default order of organisations of one kind: provinces by official code (Hà Nội 01, Cao Bằng 04, Tuyên
     * Quang 08, …), anything without one after them by name in Vietnamese order.
     */
    public static final Comparator<OrganizationView> OFFICIAL_ORDER = Comparator
            .comparing(OrganizationView::officialCode, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(VietnameseOrder.byName(OrganizationView::name)).thenComparing(OrganizationView::code);

    /** Whether the organisation exists on {@code date}. */
    public boolean validOn(LocalDate date) {
        return Periods.covers(validFrom, validTo, date);
    }

    /** The summary other modules use. */
    public OrganizationSummary summary() {
        return new OrganizationSummary(id, code, officialCode, kind, name, shortName, abbreviation, parentId, kind.central() ? null : provinceId);
    }
}
