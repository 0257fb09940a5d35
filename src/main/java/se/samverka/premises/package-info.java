/** A centre's shared premises (R14d) and its systematic fire-safety work: representative, rounds, alarm checks, drills. */
package se.samverka.premises;
