package se.samverka.plan;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

/** Every plan's follow-up entries. */
interface FollowUps extends ListCrudRepository<FollowUp, Long> {

    List<FollowUp> findByPlanIdOrderByEnteredOnDescIdDesc(long planId);
}
