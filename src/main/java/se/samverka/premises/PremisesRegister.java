package se.samverka.premises;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

/** The premises of every centre that has recorded them. */
interface PremisesRegister extends ListCrudRepository<Premises, Long> {

    Optional<Premises> findByCentreId(long centreId);
}
