package se.samverka.economy;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.time.Instant;

/**
 * One shared cost of a centre in one settlement period: what it was, how much in öre and which base operation
 * paid it. A correction of an item in a closed period is a new item that names the item it corrects.
 */
@Table("economy_cost_item")
class CostItem {

    @Id
    private Long id;
    private final long centreId;
    private final int year;
    private String period;
    private CostCategory category;
    private String description;
    private long amountOre;
    private BaseOperation payer;
    private Long correctsId;
    private final Instant createdAt;
    @Version
    private int version;

    @PersistenceCreator
    CostItem(Long id, long centreId, int year, String period, CostCategory category, String description,
             long amountOre, BaseOperation payer, Long correctsId, Instant createdAt, int version) {
        this.id = id;
        this.centreId = centreId;
        this.year = year;
        this.period = period;
        this.category = category;
        this.description = description;
        this.amountOre = amountOre;
        this.payer = payer;
        this.correctsId = correctsId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static CostItem record(long centreId, CostInput input, Instant now) {
        return new CostItem(null, centreId, input.year(), input.period(), input.category(), input.description(),
                input.amountOre(), input.payer(), input.correctsId(), now, 0);
    }

    void change(CostInput input, int expectedVersion) {
        requireVersion(expectedVersion);
        if (input.year() != year) {
            throw new IllegalArgumentException("An item stays in its year");
        }
        period = input.period();
        category = input.category();
        description = input.description();
        amountOre = input.amountOre();
        payer = input.payer();
        correctsId = input.correctsId();
    }

    void requireVersion(int expectedVersion) {
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("cost item " + id + " is at version " + version);
        }
    }

    public Long id() {
        return id;
    }

    public long centreId() {
        return centreId;
    }

    public int year() {
        return year;
    }

    public String period() {
        return period;
    }

    public String periodLabel() {
        return PeriodLength.label(period);
    }

    public CostCategory category() {
        return category;
    }

    public String description() {
        return description;
    }

    public long amountOre() {
        return amountOre;
    }

    public String amount() {
        return Money.kronor(amountOre);
    }

    public BaseOperation payer() {
        return payer;
    }

    public Long correctsId() {
        return correctsId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
