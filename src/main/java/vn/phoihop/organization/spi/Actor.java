package vn.phoihop.organization.spi;

/**
 * Who is acting, as far as the registry needs to know: their organisation (which decides their scope) and whether
 * they administer the registry (SYSTEM_ADMIN). Supplied by {@link OrganizationActors}.
 */
public record Actor(String username, long organizationId, boolean administrator) {
}
