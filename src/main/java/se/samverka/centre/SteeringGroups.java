package se.samverka.centre;

import org.springframework.data.repository.ListCrudRepository;

interface SteeringGroups extends ListCrudRepository<SteeringGroup, Long> {
}
