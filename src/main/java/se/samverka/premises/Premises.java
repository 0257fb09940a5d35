package se.samverka.premises;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.platform.Refusal;
import se.samverka.rules.SharedArea;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A centre's shared premises: its shared areas and how its fire-safety work is organised. */
@Table("premises")
class Premises {

    static final int MAX_AREAS = 50;

    @Id
    private Long id;
    private final long centreId;
    @MappedCollection(idColumn = "premises_id", keyColumn = "position")
    private List<Area> areas;
    @Embedded(onEmpty = Embedded.OnEmpty.USE_EMPTY)
    private FireSafetyTerms fireSafety;
    @Version
    private int version;

    @PersistenceCreator
    Premises(Long id, long centreId, List<Area> areas, FireSafetyTerms fireSafety, int version) {
        this.id = id;
        this.centreId = centreId;
        this.areas = new ArrayList<>(areas);
        this.fireSafety = fireSafety;
        this.version = version;
    }

    static Premises of(long centreId) {
        return new Premises(null, centreId, List.of(), FireSafetyTerms.DEFAULT, 0);
    }

    void add(Area area) {
        if (areas.size() >= MAX_AREAS) {
            throw new Refusal("premises.refused.too-many-areas");
        }
        areas.add(area);
    }

    void remove(int index, int expectedVersion) {
        expect(expectedVersion);
        if (index < 0 || index >= areas.size()) {
            throw new Refusal("premises.refused.no-such-area");
        }
        areas.remove(index);
    }

    void organise(FireSafetyTerms terms, int expectedVersion) {
        expect(expectedVersion);
        this.fireSafety = terms;
    }

    Set<SharedArea> kinds() {
        return areas.stream().map(Area::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SharedArea.class)));
    }

    private void expect(int expectedVersion) {
        if (expectedVersion != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("premises changed meanwhile");
        }
    }

    Long id() {
        return id;
    }

    long centreId() {
        return centreId;
    }

    public List<Area> areas() {
        return Collections.unmodifiableList(areas);
    }

    public FireSafetyTerms fireSafety() {
        return fireSafety;
    }

    public int version() {
        return version;
    }
}
