package se.samverka.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreSummary;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.Finding;
import se.samverka.rules.R11_1c;
import se.samverka.todo.TodoContributor;
import se.samverka.todo.TodoItem;
import se.samverka.todo.TodoRequest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meetings' part of the to-do list, in five statements: the meetings to hold to reach what the local agreement
 * sets ({@link MeetingFollowUp}: the steering group's meetings so far this year, R11.1c; the cooperation meetings'
 * hours, R9; the midwife's hours, RB3c), minutes of the past year not yet approved (for the one asked to adjust them:
 * minutes to adjust), and the open action points that name the person as owner, due within {@value #WITHIN_DAYS}
 * days or late.
 */
@Component
class MeetingTodo implements TodoContributor {

    static final int WITHIN_DAYS = 30;
    /** Minutes are to be approved within two weeks of the meeting: Samverka's reminder, not the agreement's. */
    static final int MINUTES_WITHIN_DAYS = 14;

    private final MeetingFollowUp followUp;
    private final JdbcClient jdbc;

    MeetingTodo(MeetingFollowUp followUp, JdbcClient jdbc) {
        this.followUp = followUp;
        this.jdbc = jdbc;
    }

    @Override
    public List<TodoItem> items(TodoRequest request) {
        List<TodoItem> items = new ArrayList<>(assignedTo(request));
        items.addAll(toAdjust(request));
        if (request.centres().isEmpty()) {
            return items;
        }
        Map<Long, Boolean> midwife = new HashMap<>();
        request.covered().forEach(c -> midwife.put(c.id(), c.operations().stream()
                .anyMatch(p -> p.operation() == BaseOperation.MIDWIFE_CLINIC)));
        Map<Long, CentreSummary> centres = request.byId();
        LocalDate today = request.today();
        LocalDate lastMonthEnded = today.withDayOfMonth(1).minusDays(1);
        followUp.of(midwife).forEach((id, result) -> {
            CentreSummary centre = centres.get(id);
            String meetings = "/centres/" + id + "/meetings";
            if (notMet(result.r11())) {
                items.add(TodoItem.of(id, centre.name(), "todo.meeting.steering", result.r11().ruleId(),
                        steeringDueOn(result.agreedPerYear(), result.steeringHeld(), today), meetings,
                        result.steeringHeld(), result.steeringDue()));
            }
            if (notMet(result.r9())) {
                items.add(TodoItem.of(id, centre.name(), "todo.meeting.cooperation", result.r9().ruleId(),
                        lastMonthEnded, meetings, result.heldThisTerm(), result.agreedPerMonth()));
            }
            if (notMet(result.rb3c())) {
                items.add(TodoItem.of(id, centre.name(), "todo.meeting.midwife", result.rb3c().ruleId(),
                        lastMonthEnded, meetings, result.midwifeHours()));
            }
        });
        jdbc.sql("""
                        select id, centre_id, kind, starts_at from meeting
                        where approved_at is null and ends_at < :now and starts_at >= :since
                          and centre_id = any(cast(:centres as bigint[]))
                          and (adjustment_asked_account is null or lower(adjustment_asked_account) <> lower(:username))""")
                .param("username", request.actor().username())
                .param("now", today.atStartOfDay())
                .param("since", today.minusYears(1).atStartOfDay())
                .param("centres", request.centreIds().toArray(Long[]::new))
                .query(row -> {
                    CentreSummary centre = centres.get(row.getLong("centre_id"));
                    LocalDate held = row.getObject("starts_at", LocalDateTime.class).toLocalDate();
                    items.add(TodoItem.of(centre.id(), centre.name(), "todo.meeting.minutes", null,
                            held.plusDays(MINUTES_WITHIN_DAYS), "/meetings/" + row.getLong("id"),
                            TodoItem.term("meeting.kind." + row.getString("kind")), held.toString()));
                });
        return items;
    }

    /** Open action points whose owner is the person, by name or username, as the minutes wrote it. */
    private List<TodoItem> assignedTo(TodoRequest request) {
        return jdbc.sql("""
                        select m.id, m.centre_id, c.name as centre_name, a.description, a.due_on
                        from meeting_action_point a join meeting m on m.id = a.meeting_id
                        join centre c on c.id = m.centre_id
                        where not a.done and a.due_on <= :horizon
                          and lower(trim(a.owner)) in (lower(:name), lower(:username))""")
                .param("horizon", request.today().plusDays(WITHIN_DAYS))
                .param("name", request.actor().displayName() == null ? "" : request.actor().displayName().trim())
                .param("username", request.actor().username())
                .query((row, n) -> {
                    long centreId = row.getLong("centre_id");
                    return new TodoItem(centreId, row.getString("centre_name"), "todo.meeting.action-point",
                            List.of(row.getString("description")), null, row.getObject("due_on", LocalDate.class),
                            request.following().contains(centreId) ? "/meetings/" + row.getLong("id") : null, true);
                })
                .list();
    }

    /** Minutes sent to the person for adjusting and not yet approved, due two weeks after the meeting. */
    private List<TodoItem> toAdjust(TodoRequest request) {
        return jdbc.sql("""
                        select m.id, m.centre_id, c.name as centre_name, m.kind, m.starts_at
                        from meeting m join centre c on c.id = m.centre_id
                        where m.approved_at is null and lower(m.adjustment_asked_account) = lower(:username)""")
                .param("username", request.actor().username())
                .query((row, n) -> {
                    long centreId = row.getLong("centre_id");
                    LocalDate held = row.getObject("starts_at", LocalDateTime.class).toLocalDate();
                    return new TodoItem(centreId, row.getString("centre_name"), "todo.meeting.adjust",
                            List.of(TodoItem.term("meeting.kind." + row.getString("kind")), held.toString()), null,
                            held.plusDays(MINUTES_WITHIN_DAYS),
                            request.following().contains(centreId) ? "/meetings/" + row.getLong("id") : null, true);
                })
                .list();
    }

    private static boolean notMet(Finding finding) {
        return finding.deficient();
    }

    /** The day the first meeting not yet held fell due: when the agreed number per year, pro rata, passed those held. */
    static LocalDate steeringDueOn(Integer perYear, int held, LocalDate today) {
        LocalDate day = today.withDayOfYear(1);
        while (perYear != null && day.isBefore(today) && R11_1c.due(perYear, day) <= held) {
            day = day.plusDays(1);
        }
        return day;
    }
}
