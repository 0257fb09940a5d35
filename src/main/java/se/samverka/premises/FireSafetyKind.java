package se.samverka.premises;

/** What the fire-safety representative does and logs (Bilaga 1 avsnitt 12). */
public enum FireSafetyKind {
    ROUND,
    ALARM_CHECK,
    EVACUATION_DRILL
}
