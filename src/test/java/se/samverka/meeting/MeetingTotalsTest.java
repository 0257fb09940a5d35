package se.samverka.meeting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;

/**
 * The county reads every centre's meeting follow-up at once, summed in SQL; a centre's page sums its own meetings in
 * Java. Both count the same: whole minutes per meeting, this month, this term and its ended months, with the midwife,
 * and the steering group's meetings this year, for meetings on every side of those limits.
 */
@IntegrationTest
class MeetingTotalsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeetingSummaries summaries;
    @Autowired
    MeetingWork work;
    @Autowired
    TestClock clock;

    @Test
    void theCountysTotalsInSqlAreTheCentresOwnTotals() {
        clock.set(LocalDateTime.of(2026, 9, 15, 12, 0));
        long centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true)
                .id();
        long other = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true).id();
        meeting(centre, "COOPERATION", "2025-12-30T09:00", "2025-12-30T11:00", true);
        meeting(centre, "COOPERATION", "2026-03-03T09:00", "2026-03-03T10:50", true);
        meeting(centre, "COOPERATION", "2026-06-30T23:30", "2026-07-01T00:45", false);
        meeting(centre, "COOPERATION", "2026-07-01T00:00", "2026-07-01T01:35", true);
        meeting(centre, "COOPERATION", "2026-08-31T23:59", "2026-09-01T01:00", false);
        meeting(centre, "COOPERATION", "2026-09-01T00:00", "2026-09-01T00:59", true);
        meeting(centre, "COOPERATION", "2026-09-15T10:00", "2026-09-15T11:59", false);
        meeting(centre, "COOPERATION", "2026-09-15T11:00", "2026-09-15T13:00", true);
        meeting(centre, "STEERING_GROUP", "2025-11-10T09:00", "2025-11-10T10:00", false);
        meeting(centre, "STEERING_GROUP", "2026-01-01T00:00", "2026-01-01T01:00", false);
        meeting(centre, "STEERING_GROUP", "2026-09-10T09:00", "2026-09-10T10:00", true);
        meeting(other, "STEERING_GROUP", "2026-02-10T09:00", "2026-02-10T10:00", false);
        LocalDateTime now = work.now();
        LocalDate today = now.toLocalDate();

        Map<Long, MeetingFollowUp.Totals> fromSql = summaries.totalsThisYear(List.of(centre, other), now);

        for (long id : List.of(centre, other)) {
            MeetingFollowUp.Totals inJava = MeetingFollowUp.Totals.of(summaries.of(id).heldThisYear(), today);
            assertThat(fromSql.get(id)).as("centre %d", id).isEqualTo(inJava);
        }
        assertThat(fromSql.get(centre)).isEqualTo(new MeetingFollowUp.Totals(59 + 119, 95 + 61 + 59 + 119,
                95 + 61, 95 + 59, 2));
    }

    private void meeting(long centre, String kind, String starts, String ends, boolean midwife) {
        long id = jdbc.sql("insert into meeting (centre_id, kind, starts_at, ends_at, place) "
                        + "values (:centre, :kind, :starts, :ends, 'Rummet') returning id")
                .param("centre", centre).param("kind", kind)
                .param("starts", LocalDateTime.parse(starts)).param("ends", LocalDateTime.parse(ends))
                .query(Long.class).single();
        jdbc.sql("insert into meeting_attendee (meeting_id, position, operation, name, present) "
                        + "values (:id, 0, 'MIDWIFE_CLINIC', 'Barnmorskan', :present)")
                .param("id", id).param("present", midwife).update();
    }
}
