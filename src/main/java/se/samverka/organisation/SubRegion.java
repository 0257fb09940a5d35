package se.samverka.organisation;

/**
 * A kommunalförbund: Göteborgsregionen, Fyrbodal, Boråsregionen Sjuhärad or Skaraborg.
 *
 * @param id the number a sub-region viewer's grant names it by
 */
public record SubRegion(String code, String name, int id) {
}
