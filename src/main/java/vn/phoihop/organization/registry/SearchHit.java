package vn.phoihop.organization.registry;

import java.util.List;

/**
 * An organisation found by name as of a date, with its predecessors (and the reorganisation dates), so that
 * "bac ninh" as of 2026 shows the new Bắc Ninh formed from Bắc Ninh and Bắc Giang on 2025-07-01.
 *
 * @param matchedFormerName whether only a former name (its own or a predecessor's) matched
 */
public record SearchHit(OrganizationView organization, List<Succession> predecessors, boolean matchedFormerName) {
}
