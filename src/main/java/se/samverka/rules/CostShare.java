package se.samverka.rules;

/**
 * One base operation's part of a shared cost, in öre, and what it owes the party that paid the whole
 * (zero for the payer itself).
 */
public record CostShare(BaseOperation operation, long shareOre, long owesPayerOre) {

    public CostShare {
        if (operation == null || shareOre < 0 || owesPayerOre < 0 || owesPayerOre > shareOre) {
            throw new IllegalArgumentException("A share is an operation with 0 ≤ owed ≤ share öre");
        }
    }
}
