package se.samverka.economy;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A centre's economy settings for one calendar year: the settlement period length and the key, if any. */
@Table("economy_year")
class EconomyYear {

    @Id
    private Long id;
    private final long centreId;
    private final int year;
    private PeriodLength periodLength;
    @MappedCollection(idColumn = "economy_year_id")
    private Set<KeyWeight> weights;
    @Version
    private int version;

    @PersistenceCreator
    EconomyYear(Long id, long centreId, int year, PeriodLength periodLength, Set<KeyWeight> weights, int version) {
        this.id = id;
        this.centreId = centreId;
        this.year = year;
        this.periodLength = periodLength;
        this.weights = weights == null ? new HashSet<>() : new HashSet<>(weights);
        this.version = version;
    }

    /** The settings of a year nobody has set: quarters and equal parts. */
    static EconomyYear standard(long centreId, int year) {
        return new EconomyYear(null, centreId, year, PeriodLength.DEFAULT, Set.of(), 0);
    }

    void change(PeriodLength length, Map<BaseOperation, BigDecimal> key, int expectedVersion) {
        if (expectedVersion != version) {
            throw new OptimisticLockingFailureException("economy year " + id + " is at version " + version);
        }
        periodLength = length;
        weights = new HashSet<>();
        key.forEach((operation, weight) -> weights.add(new KeyWeight(operation, weight)));
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    public int year() {
        return year;
    }

    public PeriodLength periodLength() {
        return periodLength;
    }

    /** The key by operation, empty when the costs are split in equal parts. */
    public Map<BaseOperation, BigDecimal> key() {
        Map<BaseOperation, BigDecimal> key = new EnumMap<>(BaseOperation.class);
        weights.forEach(w -> key.put(w.operation(), w.weight()));
        return key;
    }

    public int version() {
        return version;
    }
}
