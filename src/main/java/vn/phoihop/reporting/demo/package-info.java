/**
 * Demo mode only: the two reporting templates of the demo (monthly coordination results, quarterly party-work
 * statistics), their periods from January 2024, assignments to the provincial police forces across the 2025 merger,
 * and seeded submissions (mostly accepted and counted in the roll-up, some late, returned, missing or in draft), plus
 * the Hà Nội canary submission that no Bắc Ninh reader may ever see.
 */
package vn.phoihop.reporting.demo;
