package se.samverka.rules;

/** What the agreement makes of a centre (§8.2, §8.3, footnote 21). */
public enum CentreKind {
    FAMILY_CENTRE,
    FAMILY_CENTRE_LIKE,
    NOT_COVERED
}
