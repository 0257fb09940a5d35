package se.samverka.agreement;

/** Where a version of an agreement is in its life. Only a DRAFT can be changed. */
public enum AgreementStatus {
    DRAFT,
    SENT,
    SIGNED,
    SUPERSEDED
}
