package se.samverka.organisation;

import org.springframework.data.repository.ListCrudRepository;

interface Principals extends ListCrudRepository<Principal, Long> {
}
