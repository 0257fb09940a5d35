package se.samverka.agreement;

/** What the usage-right compensation is paid per (Bilaga 2 §4: "per månad/år/kvartal"). */
public enum CompensationPeriod {
    MONTH,
    QUARTER,
    YEAR
}
