package se.samverka.economy;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.agreement.PremisesShares;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the key for the rent of shared areas comes from, in words: the usage-right agreements ("version 1, i kraft
 * från 2025-01-01") and their shares ("barnhälsovård 40 %, öppen förskola 60 %"), in the language asked for, so
 * that the pages and the settlement document say the same.
 */
@Component
class RentKeyTexts {

    private final MessageSource messages;

    RentKeyTexts(MessageSource messages) {
        this.messages = messages;
    }

    String agreements(PremisesShares premises, Locale locale) {
        return premises.agreements().stream()
                .map(u -> messages.getMessage("economy.rent-key.agreement", new Object[]{u.number(),
                        u.startsOn() == null ? "" : u.startsOn().toString()}, locale))
                .collect(Collectors.joining("; "));
    }

    String shares(PremisesShares premises, Locale locale) {
        return premises.shares().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> messages.getMessage("economy.rent-key.share", new Object[]{
                        operation(e.getKey(), locale), percent(e.getValue(), locale)}, locale))
                .collect(Collectors.joining(", "));
    }

    /** A sentence of {@link #compensations}: whether the settlement agrees with the usage right, and in words. */
    record Compensation(String text, boolean agrees) {
    }

    /** The sentences that set the settlement beside what its usage rights say the users pay; empty when none. */
    java.util.List<Compensation> compensations(Settlement settlement, Locale locale) {
        return settlement.compensations().stream()
                .sorted(Comparator.comparing(c -> c.usageRight().user()))
                .map(c -> new Compensation(messages.getMessage(c.agrees() ? "economy.rent-key.compensation.agrees"
                        : "economy.rent-key.compensation.differs", new Object[]{
                        operation(c.usageRight().user(), locale), operation(c.usageRight().grantor(), locale),
                        c.agreed(), c.settled()}, locale), c.agrees()))
                .toList();
    }

    private String operation(se.samverka.rules.BaseOperation operation, Locale locale) {
        return messages.getMessage("operation." + operation.name(), null, locale);
    }

    private static String percent(BigDecimal percent, Locale locale) {
        String plain = percent.stripTrailingZeros().toPlainString();
        return "sv".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
