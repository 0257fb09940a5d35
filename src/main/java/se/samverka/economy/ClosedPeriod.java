package se.samverka.economy;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.BaseOperation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A settlement that the steering group or coordinator has closed: its items never change again. */
@Table("economy_closed_period")
record ClosedPeriod(@Id Long id, long centreId, int year, String period, String operations, String closedBy,
                    Instant closedAt) {

    static ClosedPeriod close(long centreId, int year, String period, List<BaseOperation> operations, String by,
                              Instant at) {
        return new ClosedPeriod(null, centreId, year, period,
                operations.stream().map(Enum::name).collect(Collectors.joining(",")), by, at);
    }

    /** The operations that took part when the period was closed. */
    List<BaseOperation> participating() {
        return Arrays.stream(operations.split(",")).filter(s -> !s.isBlank()).map(BaseOperation::valueOf)
                .sorted().toList();
    }
}
