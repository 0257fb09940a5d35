/** The parties: the region, the 49 municipalities and private providers (principals), and their units. */
package se.samverka.organisation;
