package se.samverka.county;

import se.samverka.rules.CentreKind;

/** How many centres of each kind: family centres, family-centre-like operations and operations not covered. */
public record KindCount(int familyCentres, int familyCentreLike, int notCovered) {

    static final KindCount NONE = new KindCount(0, 0, 0);

    public KindCount {
        if (familyCentres < 0 || familyCentreLike < 0 || notCovered < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
    }

    KindCount plus(CentreKind kind) {
        return switch (kind) {
            case FAMILY_CENTRE -> new KindCount(familyCentres + 1, familyCentreLike, notCovered);
            case FAMILY_CENTRE_LIKE -> new KindCount(familyCentres, familyCentreLike + 1, notCovered);
            case NOT_COVERED -> new KindCount(familyCentres, familyCentreLike, notCovered + 1);
        };
    }

    KindCount plus(KindCount other) {
        return new KindCount(familyCentres + other.familyCentres, familyCentreLike + other.familyCentreLike,
                notCovered + other.notCovered);
    }

    public int of(CentreKind kind) {
        return switch (kind) {
            case FAMILY_CENTRE -> familyCentres;
            case FAMILY_CENTRE_LIKE -> familyCentreLike;
            case NOT_COVERED -> notCovered;
        };
    }

    /** Family centres and family-centre-like operations: what the agreement covers. */
    public int covered() {
        return familyCentres + familyCentreLike;
    }

    public int total() {
        return covered() + notCovered;
    }
}
