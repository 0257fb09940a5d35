package se.samverka.rules;

/** Who gave a consent: the person themselves, or a child's first or second custodian (vårdnadshavare). */
public enum ConsentGiver {
    SELF,
    CUSTODIAN_1,
    CUSTODIAN_2
}
