/**
 * Platform: what every module stands on and that holds no business rule: the database (embedded PostgreSQL
 * unless an external one is configured), text normalisation (NFC, diacritic folding), the web shell (layout,
 * errors, input binding) and the application mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.phoihop.platform;
