package se.samverka.premises;

import org.springframework.data.relational.core.mapping.Table;
import se.samverka.rules.SharedArea;

import java.math.BigDecimal;
import java.util.Objects;

/** A shared area of a centre's premises. */
@Table("premises_area")
record Area(SharedArea kind, String description, BigDecimal squareMetres) {

    Area {
        Objects.requireNonNull(kind);
        if (squareMetres != null && squareMetres.signum() <= 0) {
            throw new IllegalArgumentException("an area is larger than zero");
        }
    }
}
