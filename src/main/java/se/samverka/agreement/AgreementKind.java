package se.samverka.agreement;

/** The two agreements §15 asks of a centre: Bilaga 1 and, where premises are shared, Bilaga 2. */
public enum AgreementKind {
    COOPERATION,
    USAGE_RIGHT
}
