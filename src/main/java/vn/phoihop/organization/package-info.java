/**
 * The organisation registry, with history: central bodies, the provinces (63 until 2025-06-30, 34 from 2025-07-01,
 * with the mergers between them), each province's Party committee, police force and police party committee, the
 * units below them, dual leadership, people and positions. Every other module refers to organisations by id.
 *
 * <h2>Public API</h2>
 * <ul>
 * <li>{@link vn.phoihop.organization.Organizations}: lookups and scope for other modules, as of today, without
 * checking a user (callers make their own access decisions with it).</li>
 * <li>{@link vn.phoihop.organization.OrganizationDirectory}: reading for pages and the API, as of any date: the
 * organisations in force, search that ignores diacritics, the subtree of a node, history, predecessor and
 * successor chains, leadership links.</li>
 * <li>{@link vn.phoihop.organization.OrganizationAdministration}: creating and correcting organisations and their
 * leadership links; {@link vn.phoihop.organization.Reorganizations}: merge, split, rename, move, close with an
 * effective date and a legal basis, previewed, applied, undoable until confirmed;
 * {@link vn.phoihop.organization.OrganizationImports}: CSV and XLSX import (dry run, all or nothing) and export;
 * {@link vn.phoihop.organization.People}: people, ranks and positions.</li>
 * </ul>
 * Input is bound to the command records ({@code OrganizationCommands}, {@code ReorganizationCommand},
 * {@code PeopleCommands}); entities and repositories are package-private.
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
 * needs as interfaces in this package, implemented there: {@link vn.phoihop.organization.OrganizationActors} (who
 * acts: organisation and whether administrator), {@link vn.phoihop.organization.OrganizationAuditLog} (the audit
 * trail, written in the caller's transaction) and {@link vn.phoihop.organization.OrganizationReferences} (what
 * refers to organisations, e.g. user accounts, for previews and undo). The services check access themselves, so a
 * page or API controller cannot forget: everyone signed in reads central and provincial-level organisations with
 * their history; units, people and positions only within scope; writes need SYSTEM_ADMIN, and a provincial
 * administrator changes only units of their own province. Scope is the province that contains the user's
 * organisation today, together with the provinces it was formed from. What a user may not read is "not found".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation registry")
package vn.phoihop.organization;
