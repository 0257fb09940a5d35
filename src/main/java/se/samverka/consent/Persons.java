package se.samverka.consent;

import org.springframework.data.repository.CrudRepository;

interface Persons extends CrudRepository<Person, Long> {
}
