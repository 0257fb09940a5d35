package se.samverka.consent;

/** Why a consent is given, from the catalogue of §13's everyday cases; OTHER is described in words. */
enum ConsentPurpose {
    COORDINATED_PARENTING_SUPPORT,
    MIDWIFE_TO_CHILD_HEALTH_HANDOVER,
    SIP,
    OTHER
}
