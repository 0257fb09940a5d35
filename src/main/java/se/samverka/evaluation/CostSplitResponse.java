package se.samverka.evaluation;

import se.samverka.rules.CostShare;

import java.math.BigDecimal;
import java.util.List;

/** A settled shared cost; amounts are kronor as text with exactly two decimals, exact to the öre. */
record CostSplitResponse(String total, String payer, List<String> ruleIds, List<Share> shares) {

    /** @param owesPayer what the operation owes the payer; zero for the payer itself */
    record Share(String operation, String share, String owesPayer) {
    }

    static CostSplitResponse of(long totalOre, String payer, List<String> ruleIds, List<CostShare> shares) {
        return new CostSplitResponse(kronor(totalOre), payer, ruleIds, shares.stream()
                .map(s -> new Share(s.operation().name(), kronor(s.shareOre()), kronor(s.owesPayerOre())))
                .toList());
    }

    private static String kronor(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }
}
