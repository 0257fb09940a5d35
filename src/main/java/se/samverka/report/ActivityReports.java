package se.samverka.report;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The activity reports of every centre, one per calendar year.
 * Its queries run in a read-only transaction, so that an aggregate's collections are read over the connection that
 * read the aggregate, not a second one taken while the first is held (which locks the pool under load).
 */
@Transactional(readOnly = true)
interface ActivityReports extends ListCrudRepository<ActivityReport, Long> {

    Optional<ActivityReport> findByCentreIdAndYear(long centreId, int year);

    /** Whether the centre's report for the year is adopted; empty when there is none. */
    @Query("select adopted_at is not null from activity_report where centre_id = :centreId and year = :year")
    Optional<Boolean> adoptedIn(long centreId, int year);

    List<ActivityReport> findByCentreIdOrderByYearDesc(long centreId);
}
