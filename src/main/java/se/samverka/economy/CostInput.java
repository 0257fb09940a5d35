package se.samverka.economy;

import se.samverka.rules.BaseOperation;

/** A checked cost item: amount in öre, the paying operation, the period it belongs to. */
record CostInput(int year, String period, CostCategory category, String description, long amountOre,
                 BaseOperation payer, Long correctsId) {
}
