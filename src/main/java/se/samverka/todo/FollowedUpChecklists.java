package se.samverka.todo;

import org.springframework.stereotype.Component;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checklists of the centres the county follows up, kept a minute and shared by everyone following up: the
 * county's list covers every centre in Västra Götaland, and checking a thousand centres for each page would cost a
 * third of a second of the server's time. A centre not checked yet (a new one) is checked at once; a change at a
 * centre reaches the county's list within {@value #KEPT_SECONDS} seconds. Those acting on a centre get its checklist
 * as it is now ({@link TodoList}).
 */
@Component
class FollowedUpChecklists {

    static final long KEPT_SECONDS = 60;

    private record Kept(LocalDate day, long at, Map<Long, CentreCompliance.Row> rows) {
    }

    private final CentreCompliance compliance;
    private volatile Kept kept = new Kept(LocalDate.MIN, 0, Map.of());

    FollowedUpChecklists(CentreCompliance compliance) {
        this.compliance = compliance;
    }

    /** The centres' checklists, in the order given; those of {@code today} checked at most a minute ago. */
    List<CentreCompliance.Row> of(List<CentreSummary> centres, LocalDate today) {
        if (centres.isEmpty()) {
            return List.of();
        }
        Kept current = kept;
        long now = System.nanoTime();
        if (!current.day().equals(today) || now - current.at() > TimeUnit.SECONDS.toNanos(KEPT_SECONDS)) {
            current = new Kept(today, now, new ConcurrentHashMap<>());
        }
        Map<Long, CentreCompliance.Row> rows = current.rows();
        List<Long> missing = centres.stream().map(CentreSummary::id).filter(id -> !rows.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            rows.putAll(compliance.of(missing).stream()
                    .collect(Collectors.toMap(CentreCompliance.Row::id, Function.identity())));
        }
        kept = current;
        List<CentreCompliance.Row> result = new ArrayList<>(centres.size());
        centres.forEach(c -> {
            CentreCompliance.Row row = rows.get(c.id());
            if (row != null) {
                result.add(row);
            }
        });
        return result;
    }
}
