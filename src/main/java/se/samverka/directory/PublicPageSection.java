package se.samverka.directory;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentrePageSection;
import se.samverka.centre.CentreView;
import se.samverka.rules.CentreKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On a covered centre's page: whether its public page is published and how many of its published activities are
 * still to come, with the ways to edit both (the activities for those who prepare the centre's matters). One
 * statement for both.
 */
@Component
@Order(80)
class PublicPageSection implements CentrePageSection {

    private record State(Instant publishedAt, boolean unpublishedChanges, long activities) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicPageSection(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Section> section(CentreView centre, Set<CentreAction> may) {
        if (centre.classification().kind() == CentreKind.NOT_COVERED) {
            return Optional.empty();
        }
        State state = jdbc.sql("""
                        select p.published_at, p.draft is distinct from p.published as unpublished_changes,
                               (select count(*) from directory_activity a
                                where a.centre_id = :centre and a.state = 'PUBLISHED'
                                  and coalesce(a.repeat_until, a.starts_on) >= :today) as activities
                        from (select :centre as centre_id) c
                        left join public_page p on p.centre_id = c.centre_id""")
                .param("centre", centre.id())
                .param("today", LocalDate.now(clock))
                .query(State.class).single();
        Map<String, Object> model = new HashMap<>();
        model.put("centreId", centre.id());
        model.put("published", state.publishedAt() == null ? null
                : LocalDate.ofInstant(state.publishedAt(), PublicCentre.SWEDEN));
        model.put("unpublishedChanges", state.unpublishedChanges());
        model.put("activities", state.activities());
        model.put("manageActivities", may.contains(CentreAction.PREPARE));
        return Optional.of(new Section("directory/public-page-section", model));
    }
}
