/** The county's follow-up (§3–4 of the agreement): overview, compliance, map, adoption by the parties, the regional agreement's term and the yearly report to Vårdsamverkan Västra Götaland. */
package se.samverka.county;
