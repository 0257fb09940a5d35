package se.samverka.centre;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** The coordinator decisions of every centre; rows are only ever inserted. */
interface CoordinatorDecisions extends ListCrudRepository<CoordinatorDecision, Long> {

    List<CoordinatorDecision> findByCentreIdOrderByIdDesc(long centreId);
}
