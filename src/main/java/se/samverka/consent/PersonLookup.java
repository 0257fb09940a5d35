package se.samverka.consent;

import se.samverka.rules.IdentityNumber;

import java.util.Optional;

/**
 * Where a population register plugs in (Skatteverket's Navet, or Inera's person service): what it says of an
 * identity number. Until Samverka has one, {@link NoPopulationRegister} answers nothing and staff mark protected
 * identity themselves; when a register says a person is protected, that holds whatever staff chose.
 */
public interface PersonLookup {

    /** @param protectedIdentity sekretessmarkering or skyddad folkbokföring */
    record PopulationRecord(boolean protectedIdentity) {
    }

    Optional<PopulationRecord> lookup(IdentityNumber number);
}
