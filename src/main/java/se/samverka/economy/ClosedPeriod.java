package se.samverka.economy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.agreement.CompensationPeriod;
import se.samverka.agreement.PremisesShares;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A settlement that the steering group or coordinator has closed: its items never change again, and its rent of shared
 * areas stays split by the shares of the premises it was closed with.
 *
 * @param premisesShares "CHILD_HEALTH=40,OPEN_PRESCHOOL=60", or null when no usage right set the rent's key
 * @param usageRights    the usage rights those shares came from, one "id|number|grantor|user|share|starts|ends|
 *                       compensation|period" each, separated by ";"
 */
@Table("economy_closed_period")
record ClosedPeriod(@Id Long id, long centreId, int year, String period, String operations, String closedBy,
                    Instant closedAt, String premisesShares, String usageRights) {

    static ClosedPeriod close(long centreId, int year, String period, List<BaseOperation> operations,
                              PremisesShares premises, String by, Instant at) {
        return new ClosedPeriod(null, centreId, year, period,
                operations.stream().map(Enum::name).collect(Collectors.joining(",")), by, at,
                premises == null ? null : premises.shares().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey().name() + "=" + e.getValue().toPlainString())
                        .collect(Collectors.joining(",")),
                premises == null ? null : premises.agreements().stream().map(ClosedPeriod::usageRight)
                        .collect(Collectors.joining(";")));
    }

    /** The operations that took part when the period was closed. */
    List<BaseOperation> participating() {
        return Arrays.stream(operations.split(",")).filter(s -> !s.isBlank()).map(BaseOperation::valueOf)
                .sorted().toList();
    }

    /** The shares of the premises the period was closed with, or null when its rent had no such key. */
    PremisesShares premises() {
        if (premisesShares == null || premisesShares.isBlank()) {
            return null;
        }
        Map<BaseOperation, BigDecimal> shares = new EnumMap<>(BaseOperation.class);
        for (String share : premisesShares.split(",")) {
            String[] parts = share.split("=");
            shares.put(BaseOperation.valueOf(parts[0]), new BigDecimal(parts[1]));
        }
        List<PremisesShares.UsageRight> rights = usageRights == null || usageRights.isBlank() ? List.of()
                : Arrays.stream(usageRights.split(";")).map(ClosedPeriod::usageRight).toList();
        return new PremisesShares(rights, shares);
    }

    private static String usageRight(PremisesShares.UsageRight u) {
        return String.join("|", String.valueOf(u.agreementId()), String.valueOf(u.number()), u.grantor().name(),
                u.user().name(), u.userSharePercent().toPlainString(), text(u.startsOn()), text(u.endsOn()),
                u.compensationOre() == null ? "" : u.compensationOre().toString(),
                u.compensationPeriod() == null ? "" : u.compensationPeriod().name());
    }

    private static PremisesShares.UsageRight usageRight(String text) {
        String[] f = text.split("\\|", -1);
        return new PremisesShares.UsageRight(Long.parseLong(f[0]), Integer.parseInt(f[1]), BaseOperation.valueOf(f[2]),
                BaseOperation.valueOf(f[3]), new BigDecimal(f[4]), f[5].isEmpty() ? null : LocalDate.parse(f[5]),
                f[6].isEmpty() ? null : LocalDate.parse(f[6]), f[7].isEmpty() ? null : Long.valueOf(f[7]),
                f[8].isEmpty() ? null : CompensationPeriod.valueOf(f[8]));
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
