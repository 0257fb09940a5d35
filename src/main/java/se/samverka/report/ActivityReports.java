package se.samverka.report;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** The activity reports of every centre, one per calendar year. */
interface ActivityReports extends ListCrudRepository<ActivityReport, Long> {

    Optional<ActivityReport> findByCentreIdAndYear(long centreId, int year);

    List<ActivityReport> findByCentreIdOrderByYearDesc(long centreId);
}
