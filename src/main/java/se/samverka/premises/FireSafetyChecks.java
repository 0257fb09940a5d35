package se.samverka.premises;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The fire-safety log of every centre. */
interface FireSafetyChecks extends ListCrudRepository<FireSafetyCheck, Long> {

    List<FireSafetyCheck> findByCentreIdOrderByPerformedOnDescIdDesc(long centreId);

    /** The latest check of each kind, all that what is due next depends on. */
    @Query("""
            select distinct on (kind) * from fire_safety_check where centre_id = :centreId
            order by kind, performed_on desc, id desc
            """)
    List<FireSafetyCheck> latestOfEachKind(long centreId);
}
