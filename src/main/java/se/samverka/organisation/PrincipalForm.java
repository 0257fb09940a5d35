package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PrincipalForm(@NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{organisation.name.too-long}") String name,
                     String organisationNumber,
                     int version) {
}
