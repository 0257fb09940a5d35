package se.samverka.centre;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

interface Centres extends ListCrudRepository<Centre, Long> {

    List<Centre> findBySteeringGroupId(Long steeringGroupId);
}
