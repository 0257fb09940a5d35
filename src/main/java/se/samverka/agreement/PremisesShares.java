package se.samverka.agreement;

import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parties' shares of a centre's premises as its signed usage-right agreements in force set them (Bilaga 2 §2:
 * "parternas andel"): each user's share as written, and what is left of 100 percent to the grantor. Base operations
 * that are party to none of them have no share.
 *
 * @param agreements the usage-right agreements the shares come from, oldest first
 * @param shares     percent of the premises by base operation, summing to 100
 */
public record PremisesShares(List<UsageRight> agreements, Map<BaseOperation, BigDecimal> shares) {

    public PremisesShares {
        agreements = List.copyOf(agreements);
        shares = Map.copyOf(shares);
    }

    /**
     * One usage-right agreement in force.
     *
     * @param compensationOre what the user pays the grantor per {@code compensationPeriod} (Bilaga 2 §4), or null
     */
    public record UsageRight(long agreementId, int number, BaseOperation grantor, BaseOperation user,
                             BigDecimal userSharePercent, LocalDate startsOn, LocalDate endsOn, Long compensationOre,
                             CompensationPeriod compensationPeriod) {
    }

    /** The day the latest of the agreements took effect: from then on these shares hold. */
    public LocalDate since() {
        return agreements.stream().map(UsageRight::startsOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }
}
