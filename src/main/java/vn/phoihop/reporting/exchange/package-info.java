/**
 * The offline XLSX form (issue 9, point 8): a form for one template, period and the user's own organisation, to
 * fill without a connection and upload back. The upload is checked all or nothing, every error named by its cell in
 * Vietnamese, and stored as the draft's values. {@link vn.phoihop.reporting.exchange.Exchanges} is the entry point
 * of the adapters; {@link vn.phoihop.reporting.exchange.DraftValues} is the seam to the submission package's value
 * checks and draft store.
 */
package vn.phoihop.reporting.exchange;
