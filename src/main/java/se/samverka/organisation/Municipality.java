package se.samverka.organisation;

/** One of the 49 municipalities of Västra Götaland, with its SCB code. */
public record Municipality(String code, String name, SubRegion subRegion) {
}
