package vn.phoihop.tracking.demo;

import java.time.LocalDate;

/** One seeded progress update, with no acceptance day while it is pending. */
record DemoUpdate(LocalDate reportedOn, LocalDate acceptedOn, String status, int percent, String narrative) {
}
