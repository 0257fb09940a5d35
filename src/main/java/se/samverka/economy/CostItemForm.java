package se.samverka.economy;

/** A cost item as typed; every field is text so that each problem can be told at its field. */
record CostItemForm(String year, String period, String category, String description, String amount, String payer,
                    String corrects, String version) {

    static CostItemForm blank(int year, String period, Long corrects) {
        return new CostItemForm(String.valueOf(year), period == null ? "" : period, "", "", "", "",
                corrects == null ? "" : corrects.toString(), "0");
    }

    static CostItemForm of(CostItem item) {
        return new CostItemForm(String.valueOf(item.year()), item.period(), item.category().name(), item.description(),
                Money.typed(item.amountOre()), item.payer().name(),
                item.correctsId() == null ? "" : item.correctsId().toString(), String.valueOf(item.version()));
    }
}
