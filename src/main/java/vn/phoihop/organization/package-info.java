/**
 * The organisation registry: central bodies, provinces and their Party committees, police forces and police party
 * committees, and the units below them. {@link vn.phoihop.organization.Organizations} answers who belongs where and
 * what a user's scope contains; other modules refer to organisations by id only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation registry")
package vn.phoihop.organization;
