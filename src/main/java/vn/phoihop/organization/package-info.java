/**
 * The organisation registry, with history: central bodies, the provinces (63 until 2025-06-30, 34 from 2025-07-01,
 * with the mergers between them), each province's Party committee, police force and police party committee, the
 * units below them, dual leadership, people and positions. Every other module refers to organisations by id.
 *
 * <h2>Where to look</h2>
 * This package is the module's contract, and only that: {@link vn.phoihop.organization.Organizations} (lookups,
 * names as of a date, predecessors and scope, without checking a user: callers decide with it),
 * {@link vn.phoihop.organization.OrganizationSummary}, {@link vn.phoihop.organization.OrganizationKind}, and the
 * events {@link vn.phoihop.organization.OrganizationsReorganized} and
 * {@link vn.phoihop.organization.ReorganizationUndone} (each carrying its
 * {@link vn.phoihop.organization.OrganizationSuccession}s). {@code spi} (a named interface) holds what the account
 * module implements for the registry. Everything else is internal, in sub-packages by capability:
 * <ul>
 * <li>{@code registry}: organisations, their names, parents and leadership links over time; reading
 * ({@code OrganizationDirectory}), administration ({@code OrganizationAdministration}), queries, closure table.</li>
 * <li>{@code scope}: who reads and changes what ({@code Access}, {@code Scopes}, {@code ScopedRelations}).</li>
 * <li>{@code reorganization}: merge, split, rename, move, close: planned, previewed, applied, undone
 * ({@code Reorganizations}, the {@code Reorganization} aggregate that registers the events).</li>
 * <li>{@code people}: people, ranks and positions.</li>
 * <li>{@code unitfile}: CSV and XLSX import (dry run, all or nothing) and export of units.</li>
 * <li>{@code migration}: frozen Java migrations of reference data.</li>
 * <li>{@code web} (pages) and {@code rest} ({@code /api/v1/organizations...}): adapters only.</li>
 * </ul>
 * Input is bound to the command records ({@code OrganizationCommands}, {@code ReorganizationCommand},
 * {@code PeopleCommands}); entities and repositories never leave the module.
 *
 * <h2>History</h2>
 * An organisation row holds only identity and lifetime. Names, parents, leadership links, ranks and positions are
 * facts with a validity period, both ends inclusive ("as of D": {@code valid_from <= D} and {@code valid_to} null or
 * {@code >= D}); a change effective on D ends the old fact on D − 1. The 52 provinces that the 2025 reform merged
 * are organisations of their own (codes P1997-NN, ending 2025-06-30), linked to their successor by a confirmed
 * MERGE; the 11 it left unchanged are the same organisations before and after (T01 Hà Nội exists from 1997 on), so
 * their history is continuous and, asked "where did it go", they answer themselves. Huế's renaming on 2025-01-01
 * is a name period and a RENAME.
 *
 * <h2>Closure table</h2>
 * {@code organization_closure} keeps every (ancestor, descendant) path with the period in which it exists; every
 * change of lifetimes or parents rebuilds the rows of the organisations concerned in the same transaction. The
 * descendants of any node as of a date are one index range scan (see bench/README.md).
 *
 * <h2>Access, audit and references: interfaces the account module implements</h2>
 * The account module depends on this one, so this module must not use {@code vn.phoihop.account}. It states what it
 * needs as interfaces in this package, implemented there: {@link vn.phoihop.organization.spi.OrganizationActors} (who
 * acts: organisation and whether administrator), {@link vn.phoihop.organization.spi.OrganizationAuditLog} (the audit
 * trail, written in the caller's transaction) and {@link vn.phoihop.organization.spi.OrganizationReferences} (what
 * refers to organisations, e.g. user accounts, for previews and undo). The services check access themselves, so a
 * page or API controller cannot forget: everyone signed in reads central and provincial-level organisations with
 * their history; units, people and positions only within scope; writes need SYSTEM_ADMIN, and a provincial
 * administrator changes only units of their own province. Scope is the province that contains the user's
 * organisation today, together with the provinces it was formed from. What a user may not read is "not found".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation registry")
package vn.phoihop.organization;
