package se.samverka.rules;

/** What kind of information about a person a consent covers or a disclosure passes on (§13). */
public enum InformationKind {
    HEALTH,
    SOCIAL_CIRCUMSTANCES,
    CONTACT_DETAILS,
    OTHER
}
