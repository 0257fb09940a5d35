package se.samverka.plan;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Every adopted plan's corrections. */
interface Corrections extends ListCrudRepository<Correction, Long> {

    List<Correction> findByPlanIdOrderByIdAsc(long planId);
}
