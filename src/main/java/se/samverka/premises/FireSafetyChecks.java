package se.samverka.premises;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The fire-safety log of every centre. */
interface FireSafetyChecks extends ListCrudRepository<FireSafetyCheck, Long> {

    List<FireSafetyCheck> findByCentreIdOrderByPerformedOnDescIdDesc(long centreId);
}
