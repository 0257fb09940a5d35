package se.samverka.economy;

import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.util.Map;

/** A year's settings as typed: the period length and a weight per base operation (all empty: equal parts). */
record SettingsForm(String year, String periodLength, String weightMidwifeClinic, String weightChildHealth,
                    String weightOpenPreschool, String weightPreventiveSocialServices, String version) {

    static SettingsForm of(EconomyYear settings) {
        Map<BaseOperation, BigDecimal> key = settings.key();
        return new SettingsForm(String.valueOf(settings.year()), settings.periodLength().name(),
                text(key.get(BaseOperation.MIDWIFE_CLINIC)), text(key.get(BaseOperation.CHILD_HEALTH)),
                text(key.get(BaseOperation.OPEN_PRESCHOOL)), text(key.get(BaseOperation.PREVENTIVE_SOCIAL_SERVICES)),
                String.valueOf(settings.version()));
    }

    String weight(BaseOperation operation) {
        return switch (operation) {
            case MIDWIFE_CLINIC -> weightMidwifeClinic;
            case CHILD_HEALTH -> weightChildHealth;
            case OPEN_PRESCHOOL -> weightOpenPreschool;
            case PREVENTIVE_SOCIAL_SERVICES -> weightPreventiveSocialServices;
        };
    }

    static String field(BaseOperation operation) {
        return switch (operation) {
            case MIDWIFE_CLINIC -> "weightMidwifeClinic";
            case CHILD_HEALTH -> "weightChildHealth";
            case OPEN_PRESCHOOL -> "weightOpenPreschool";
            case PREVENTIVE_SOCIAL_SERVICES -> "weightPreventiveSocialServices";
        };
    }

    private static String text(BigDecimal weight) {
        return weight == null ? "" : weight.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
