package se.samverka.centre;

import se.samverka.rules.CentreKind;
import se.samverka.rules.Participation;

import java.util.List;

/** A line of the centre list: no personal data. */
public record CentreSummary(long id, String name, String city, String municipalityCode, String municipality,
                            String subRegionCode, String subRegion, boolean prioritisedArea,
                            List<Participation> operations, CentreKind kind, CentreAccess.Facts facts) {
}
