package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.samverka.rules.BaseOperation;

record UnitForm(@NotBlank(message = "{unit.name.required}") @Size(max = 200, message = "{unit.name.too-long}") String name,
                @NotNull(message = "{unit.operation.required}") BaseOperation operation,
                String hsaId,
                int version) {
}
