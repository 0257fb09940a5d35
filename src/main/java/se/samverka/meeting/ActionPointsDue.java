package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The open action points of every centre that fall due on a day, in one query, for reminders. */
@Service
public class ActionPointsDue {

    /** An open action point; {@code position} is its place in the meeting's list. */
    public record Due(long meetingId, int position, long centreId, MeetingKind meetingKind, LocalDate meetingDate,
                      String owner, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;

    ActionPointsDue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Due> on(LocalDate day) {
        return jdbc.sql("""
                        select a.meeting_id, a.position, m.centre_id, m.kind, m.starts_at, a.owner, a.due_on
                        from meeting_action_point a join meeting m on m.id = a.meeting_id
                        where a.due_on = :day and not a.done
                        order by a.meeting_id, a.position""")
                .param("day", day)
                .query((rs, row) -> new Due(rs.getLong("meeting_id"), rs.getInt("position"), rs.getLong("centre_id"),
                        MeetingKind.valueOf(rs.getString("kind")), rs.getTimestamp("starts_at").toLocalDateTime().toLocalDate(),
                        rs.getString("owner"), rs.getDate("due_on").toLocalDate()))
                .list();
    }
}
