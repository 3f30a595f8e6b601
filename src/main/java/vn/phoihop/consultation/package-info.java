/**
 * Consultation on drafts (Decision 90-QĐ/TW was itself consulted this way in 2021): drafts with versions (Dự thảo
 * 1, 2, …) and a provision tree (Chương / Mục / Điều / Khoản / Điểm) whose ids stay stable across versions,
 * consultation rounds with invited organisations that follow the registry's reorganisations, comments per provision
 * written and approved inside each invited organisation and submitted once per round, a disposition for every
 * comment (tiếp thu, tiếp thu một phần, giải trình), internal notes, near-duplicate groups answered once, the
 * consolidated report (báo cáo tổng hợp, tiếp thu, giải trình ý kiến) as JSON, DOCX and PDF, and redlines between
 * versions.
 *
 * <p>Sub-packages by capability: {@code access} (the reading and writing rule {@code ConsultationAccess}), {@code
 * draft} (drafts, versions, provisions, DOCX import and matching of the next version), {@code redline} (the
 * comparison of two versions and the three-column table), {@code round} (rounds, invitations, holders across
 * reorganisations, reminders), {@code comment} (writing, approval, submission, attachments), {@code disposition}
 * (dispositions, groups, internal notes, drafters), {@code report} (the consolidated report), {@code demo}, and the
 * adapters {@code web} and {@code rest} ({@code /api/v1/consultations}). The schema is
 * {@code db/migration/consultation}.
 *
 * <p>Access (ACCESS.md, “consultation”): a comment is read by its organisation (the members of whoever holds the
 * invitation) and by the drafting body; dispositions by the drafting body, and by the invitee for its own comments
 * once the round publishes them; internal notes and the consolidated report by the drafting body only. Comments are
 * written by the invitee's staff and approved and submitted by its leader; dispositions by the drafting body's staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultation on drafts")
package vn.phoihop.consultation;
