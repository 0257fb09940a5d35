package se.samverka.directory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.directory.ActivityForms.ActivityInput;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored public activities; a change made from another version than the stored one is stale. */
@Repository
class PublicActivities {

    private static final String COLUMNS = """
            id, centre_id, uid, kind, title, description, starts_on, start_time, end_time, recurrence, repeat_until,
            place, audience, languages, sign_up, sign_up_how, state, plan_year, plan_activity_key, version, changed_at
            """;

    private static final RowMapper<PublicActivity> ROW = (rs, n) -> new PublicActivity(rs.getLong("id"),
            rs.getLong("centre_id"), rs.getObject("uid", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
            rs.getString("title"), rs.getString("description"), rs.getObject("starts_on", LocalDate.class),
            rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(),
            Recurrence.valueOf(rs.getString("recurrence")), rs.getObject("repeat_until", LocalDate.class),
            rs.getString("place"), Audience.valueOf(rs.getString("audience")),
            Arrays.asList(rs.getString("languages").split(",")), rs.getBoolean("sign_up"),
            rs.getString("sign_up_how"), ActivityState.valueOf(rs.getString("state")),
            (Integer) rs.getObject("plan_year"), (Integer) rs.getObject("plan_activity_key"), rs.getInt("version"),
            rs.getTimestamp("changed_at").toInstant());

    private final JdbcClient jdbc;

    PublicActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long centreId, ActivityInput input, Instant at) {
        long id = jdbc.sql("""
                        insert into directory_activity (centre_id, uid, kind, title, description, starts_on, start_time,
                            end_time, recurrence, repeat_until, place, audience, languages, sign_up, sign_up_how, state,
                            plan_year, plan_activity_key, changed_at)
                        values (:centre, :uid, :kind, :title, :description, :startsOn, :startTime, :endTime,
                            :recurrence, :repeatUntil, :place, :audience, :languages, :signUp, :signUpHow, 'DRAFT',
                            :planYear, :planKey, :at)
                        returning id""")
                .param("centre", centreId).param("uid", UUID.randomUUID())
                .params(values(input)).param("planYear", input.planYear()).param("planKey", input.planKey())
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
        return id;
    }

    void update(PublicActivity stored, ActivityInput input, int expectedVersion, Instant at) {
        int rows = jdbc.sql("""
                        update directory_activity set kind = :kind, title = :title, description = :description,
                            starts_on = :startsOn, start_time = :startTime, end_time = :endTime,
                            recurrence = :recurrence, repeat_until = :repeatUntil, place = :place,
                            audience = :audience, languages = :languages, sign_up = :signUp,
                            sign_up_how = :signUpHow, version = version + 1, changed_at = :at
                        where id = :id and version = :version""")
                .params(values(input)).param("at", Timestamp.from(at)).param("id", stored.id())
                .param("version", expectedVersion).update();
        stale(rows, stored);
    }

    void state(PublicActivity stored, ActivityState state, int expectedVersion, Instant at) {
        int rows = jdbc.sql("""
                        update directory_activity set state = :state, version = version + 1, changed_at = :at
                        where id = :id and version = :version""")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("id", stored.id())
                .param("version", expectedVersion).update();
        stale(rows, stored);
    }

    Optional<PublicActivity> find(long centreId, long id) {
        return jdbc.sql("select " + COLUMNS + " from directory_activity where id = ? and centre_id = ?")
                .params(id, centreId).query(ROW).optional();
    }

    /** The centre's activities, newest first day first. */
    List<PublicActivity> ofCentre(long centreId) {
        return jdbc.sql("select " + COLUMNS + " from directory_activity where centre_id = ? order by starts_on desc, id desc")
                .param(centreId).query(ROW).list();
    }

    /** The public activities of the centres that may take place in {@code from}–{@code to}. */
    List<PublicActivity> publicBetween(Collection<Long> centreIds, LocalDate from, LocalDate to) {
        if (centreIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                         from directory_activity
                        where state <> 'DRAFT' and starts_on <= :to and coalesce(repeat_until, starts_on) >= :from
                          and centre_id = any(cast(:centres as bigint[]))
                        order by start_time, id""")
                .param("from", from).param("to", to).param("centres", centreIds.toArray(Long[]::new))
                .query(ROW).list();
    }

    /** The centre's public activities that take place on or after {@code from}, for its calendar feed. */
    List<PublicActivity> publicFrom(long centreId, LocalDate from) {
        return jdbc.sql("select " + COLUMNS + """
                         from directory_activity
                        where state <> 'DRAFT' and coalesce(repeat_until, starts_on) >= :from and centre_id = :centre
                        order by starts_on, start_time, id""")
                .param("from", from).param("centre", centreId).query(ROW).list();
    }

    private static Map<String, Object> values(ActivityInput input) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", input.kind().name());
        values.put("title", input.title());
        values.put("description", input.description());
        values.put("startsOn", input.startsOn());
        values.put("startTime", input.startTime());
        values.put("endTime", input.endTime());
        values.put("recurrence", input.recurrence().name());
        values.put("repeatUntil", input.repeatUntil());
        values.put("place", input.place());
        values.put("audience", input.audience().name());
        values.put("languages", String.join(",", input.languages()));
        values.put("signUp", input.signUp());
        values.put("signUpHow", input.signUpHow());
        return values;
    }

    private void stale(int rows, PublicActivity stored) {
        if (rows == 0) {
            throw new OptimisticLockingFailureException("activity " + stored.id() + " changed since version read");
        }
    }
}
