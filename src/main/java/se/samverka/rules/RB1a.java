package se.samverka.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * RB1a: each party insures its own inventory; the party with the largest share of the centre's premises
 * also insures the inventory in the shared areas. With a tie no single party is named.
 */
public final class RB1a implements Rule {

    public static final RB1a RULE = new RB1a();

    private RB1a() {
    }

    @Override
    public String id() {
        return "RB1a";
    }

    @Override
    public String section() {
        return "Bilaga 1 avsnitt 14";
    }

    @Override
    public Severity severity() {
        return Severity.REQUIREMENT;
    }

    @Override
    public String quote() {
        return "Respektive verksamhet försäkrar sina inventarier. Den verksamhet som har störst andel av "
                + "familjecentralens lokaler försäkrar även de inventarier som finns i de gemensamma ytorna.";
    }

    /**
     * @param shares each party's share of the premises (any unit: square metres, percent)
     * @return the party with the strictly largest share, or empty if there is none or a tie for it
     */
    public <P> Optional<P> insurer(Map<P, BigDecimal> shares) {
        P largest = null;
        BigDecimal max = null;
        boolean tie = false;
        for (Map.Entry<P, BigDecimal> share : shares.entrySet()) {
            if (share.getValue() == null || share.getValue().signum() < 0) {
                throw new IllegalArgumentException("A share of the premises is zero or more");
            }
            int compared = max == null ? 1 : share.getValue().compareTo(max);
            if (compared > 0) {
                largest = share.getKey();
                max = share.getValue();
                tie = false;
            } else if (compared == 0) {
                tie = true;
            }
        }
        return tie || max == null || max.signum() == 0 ? Optional.empty() : Optional.of(largest);
    }
}
