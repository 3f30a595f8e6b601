/**
 * The province × task group dashboard of a plan on a date: {@link vn.phoihop.tracking.dashboard.TrackingDashboard}
 * over the one query {@code DashboardQuery}, which the review reports use too.
 */
package vn.phoihop.tracking.dashboard;
