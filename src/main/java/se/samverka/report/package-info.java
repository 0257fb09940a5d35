/**
 * A centre's annual activity report (verksamhetsberättelse, §11.2, R11.2b): compiled by the coordinator from the
 * registry, the operational plan and the meetings held, edited section by section, adopted, corrected beside what
 * is adopted, and downloaded as PDF/A.
 */
package se.samverka.report;
