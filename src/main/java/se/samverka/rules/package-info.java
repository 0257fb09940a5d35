/**
 * The agreement's rules in plain Java: one small class per rule id of SPEC.md §3, no framework types.
 */
package se.samverka.rules;
