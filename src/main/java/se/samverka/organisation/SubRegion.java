package se.samverka.organisation;

/** A kommunalförbund: Göteborgsregionen, Fyrbodal, Boråsregionen Sjuhärad or Skaraborg. */
public record SubRegion(String code, String name) {
}
