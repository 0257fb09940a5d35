package se.samverka.organisation;

import se.samverka.rules.BaseOperation;

/** Who a principal (huvudman) is, and which base operations its units may run. */
public enum PrincipalKind {
    /** Västra Götalandsregionen: midwife clinics (Regionhälsan) and child health care. */
    REGION,
    /** One of the 49 municipalities: open pre-school and preventive social services. */
    MUNICIPALITY,
    /** A private Vårdval provider: child health care. */
    PRIVATE_PROVIDER;

    public boolean runs(BaseOperation operation) {
        return switch (this) {
            case REGION -> !operation.municipal();
            case MUNICIPALITY -> operation.municipal();
            case PRIVATE_PROVIDER -> operation == BaseOperation.CHILD_HEALTH;
        };
    }
}
