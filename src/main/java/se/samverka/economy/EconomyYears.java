package se.samverka.economy;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface EconomyYears extends ListCrudRepository<EconomyYear, Long> {

    Optional<EconomyYear> findByCentreIdAndYear(long centreId, int year);
}
