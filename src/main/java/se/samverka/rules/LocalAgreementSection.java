package se.samverka.rules;

/**
 * The sections of a local cooperation agreement: the fifteen §15 requires, then the three the template
 * (Bilaga 1) adds as options. {@link #heading()} is the template's wording; {@link #listedAs()} is how §15
 * lists it, where the two differ.
 */
public enum LocalAgreementSection {
    PARTIES_AND_LOCATION(1, "Avtalsparter och placering", true),
    TERM(2, "Avtalstid", true),
    FOUNDATIONS(3, "Avtalets utgångspunkter", true),
    PURPOSE_OF_AGREEMENT(4, "Syfte med avtalet", true),
    CENTRE_PURPOSE_AND_GOALS(5, "Familjecentralens uppdrag och mål", "Familjecentralens syfte och mål", true),
    JOINT_RESPONSIBILITY(6, "Parternas gemensamma ansvar", true),
    INDIVIDUAL_RESPONSIBILITY(7, "Parternas enskilda ansvar", true),
    STEERING_GROUP(8, "Styrgrupp", true),
    COORDINATOR(9, "Samordnare", true),
    STAFF_GROUP(10, "Personalgrupp", true),
    CONFIDENTIALITY(11, "Sekretess och informationsöverföring", true),
    FINANCING(15, "Finansiering", true),
    AMENDMENTS(16, "Ändringar och tillägg i avtalet", "Ändring och tillägg i avtalet", true),
    DISPUTES(17, "Tvist", true),
    SIGNATURES(18, "Underskrift", true),
    FIRE_SAFETY(12, "Systematiskt brandskyddsarbete", false),
    THREATS_AND_VIOLENCE(13, "Hot och våld", false),
    INSURANCE(14, "Försäkring", false);

    private final int templateNumber;
    private final String heading;
    private final String listedAs;
    private final boolean mandatory;

    LocalAgreementSection(int templateNumber, String heading, boolean mandatory) {
        this(templateNumber, heading, heading, mandatory);
    }

    LocalAgreementSection(int templateNumber, String heading, String listedAs, boolean mandatory) {
        this.templateNumber = templateNumber;
        this.heading = heading;
        this.listedAs = listedAs;
        this.mandatory = mandatory;
    }

    /** The section's number in the template of Bilaga 1. */
    public int templateNumber() {
        return templateNumber;
    }

    public String heading() {
        return heading;
    }

    public String listedAs() {
        return listedAs;
    }

    /** Required by §15 (R15b); the others are the template's optional extras. */
    public boolean mandatory() {
        return mandatory;
    }
}
