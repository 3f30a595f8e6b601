/**
 * Dispositions of submitted comments (tiếp thu, tiếp thu một phần, giải trình), drafters assigned to comments,
 * internal notes of the drafting body, publication of a round's dispositions to its invitees, and groups of
 * near-duplicate comments answered once ({@link vn.phoihop.consultation.disposition.Groups}). Every write is the
 * drafting body's staff ({@code ConsultationAccess.requireRoundDrafter}).
 */
package vn.phoihop.consultation.disposition;
