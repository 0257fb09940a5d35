package se.samverka.plan;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The operational plans of every centre, one per calendar year.
 * Its queries run in a read-only transaction, so that an aggregate's collections are read over the connection that
 * read the aggregate, not a second one taken while the first is held (which locks the pool under load).
 */
@Transactional(readOnly = true)
interface Plans extends ListCrudRepository<Plan, Long> {

    Optional<Plan> findByCentreIdAndYear(long centreId, int year);

    List<Plan> findByCentreIdOrderByYearDesc(long centreId);
}
