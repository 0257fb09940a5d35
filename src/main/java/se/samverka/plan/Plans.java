package se.samverka.plan;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

/** The operational plans of every centre, one per calendar year. */
interface Plans extends ListCrudRepository<Plan, Long> {

    Optional<Plan> findByCentreIdAndYear(long centreId, int year);

    List<Plan> findByCentreIdOrderByYearDesc(long centreId);
}
