/**
 * Reviews of a plan (sơ kết, tổng kết) over a period and their report as DOCX with a chart image, built from
 * {@link vn.phoihop.tracking.dashboard.TrackingDashboard#matrix} for the period's last day, so its numbers equal the
 * dashboard's.
 */
package vn.phoihop.tracking.review;
