package se.samverka.rules;

/** How strongly the agreement asks: "ska" is a requirement (krav), "bör" a recommendation. */
public enum Severity {
    REQUIREMENT,
    RECOMMENDATION
}
