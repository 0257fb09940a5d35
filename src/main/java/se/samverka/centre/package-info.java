/** The registry of family centres: operations taking part, steering groups, coordinators, the checklist. */
package se.samverka.centre;
