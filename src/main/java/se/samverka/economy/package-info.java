/**
 * Shared costs and settlements (§14.1, R14a–R14c): cost items per centre and settlement period, each
 * split to the öre among the participating base operations, netted into what each owes each, closed by
 * the steering group or coordinator, and exported as XLSX and archival PDF.
 */
package se.samverka.economy;
