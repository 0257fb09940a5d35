/**
 * A centre's joint operational plan (verksamhetsplan) per calendar year: goals, planned activities, follow-up
 * during the year, and the year-end evaluation that the steering group adopts (§12, R12).
 */
package se.samverka.plan;
