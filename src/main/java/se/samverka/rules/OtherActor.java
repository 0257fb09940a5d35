package se.samverka.rules;

/** Other actors (andra samhällsaktörer) of §8.2; they never count toward a kind. */
public enum OtherActor {
    DENTAL,
    LIBRARY,
    PARENTING_SUPPORT_DEVELOPER,
    SPEECH_THERAPIST,
    BUDGET_ADVICE,
    PSYCHOLOGIST_MHV_BHV,
    CIVIL_SOCIETY,
    OTHER
}
