/**
 * Demo mode only: the plans implementing Resolution 12-NQ/TW (its seven groups of tasks and solutions) and Plan
 * 118-KH/ĐUCA with tasks assigned in 2023 to the 63 provincial police forces of that time, seeded progress carried
 * across the 2025 merger, and the Hà Nội canary that no Bắc Ninh reader may ever see.
 */
package vn.phoihop.tracking.demo;
