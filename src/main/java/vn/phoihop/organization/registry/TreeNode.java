package vn.phoihop.organization.registry;

import vn.phoihop.organization.OrganizationKind;

/** One node of a subtree as of a date: enough to draw a tree. {@code depth} counts from the subtree's root. */
public record TreeNode(long id, Long parentId, int depth, String code, OrganizationKind kind, String name,
        String shortName) {
}
