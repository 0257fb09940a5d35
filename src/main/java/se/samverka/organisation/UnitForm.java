package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;

import java.util.Optional;

record UnitForm(@NotBlank(message = "{unit.name.required}") @Size(max = 200, message = "{unit.name.too-long}") String name,
                String operation,
                String hsaId,
                String version) {

    public Optional<BaseOperation> operationValue() {
        return FormValues.choice(BaseOperation.class, operation);
    }

    public int expectedVersion() {
        return FormValues.version(version);
    }
}
