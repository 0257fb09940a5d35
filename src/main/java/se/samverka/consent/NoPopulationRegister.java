package se.samverka.consent;

import org.springframework.stereotype.Component;
import se.samverka.rules.IdentityNumber;

import java.util.Optional;

/**
 * Samverka without a population register: nothing is looked up, and staff mark protected identity themselves. A
 * lookup against Navet or Inera's person service replaces it as a {@code @Primary} {@link PersonLookup}.
 */
@Component
class NoPopulationRegister implements PersonLookup {

    @Override
    public Optional<PopulationRecord> lookup(IdentityNumber number) {
        return Optional.empty();
    }
}
