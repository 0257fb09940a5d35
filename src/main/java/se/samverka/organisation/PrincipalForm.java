package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverka.platform.FormValues;

record PrincipalForm(@NotBlank(message = "{organisation.name.required}") @Size(max = 200, message = "{organisation.name.too-long}") String name,
                     String organisationNumber,
                     String version) {

    public int expectedVersion() {
        return FormValues.version(version);
    }
}
