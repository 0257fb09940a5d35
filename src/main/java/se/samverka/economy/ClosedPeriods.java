package se.samverka.economy;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

interface ClosedPeriods extends ListCrudRepository<ClosedPeriod, Long> {

    Optional<ClosedPeriod> findByCentreIdAndYearAndPeriod(long centreId, int year, String period);

    List<ClosedPeriod> findByCentreIdAndYear(long centreId, int year);
}
