package se.samverka.county;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The county's yearly follow-up reports, one per calendar year. Read in a read-only transaction, so that the texts are
 * read over the connection that read the report.
 */
@Transactional(readOnly = true)
interface CountyReports extends ListCrudRepository<CountyReport, Long> {

    Optional<CountyReport> findByYear(int year);

    List<CountyReport> findAllByOrderByYearDesc();
}
