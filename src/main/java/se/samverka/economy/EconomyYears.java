package se.samverka.economy;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Its queries run in a read-only transaction, so that an aggregate's collections are read over the connection that
 * read the aggregate, not a second one taken while the first is held (which locks the pool under load).
 */
@Transactional(readOnly = true)
interface EconomyYears extends ListCrudRepository<EconomyYear, Long> {

    Optional<EconomyYear> findByCentreIdAndYear(long centreId, int year);
}
