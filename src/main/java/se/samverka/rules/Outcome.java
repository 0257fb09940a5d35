package se.samverka.rules;

public enum Outcome {
    MET,
    NOT_MET,
    NOT_APPLICABLE
}
