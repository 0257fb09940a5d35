package se.samverka.evaluation;

import se.samverka.platform.FormValues;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;

import java.util.List;

/** A personal identity number or coordination number as written, to be checked. */
record IdentityNumberRequest(String value) {

    String toValue(Texts texts) {
        if (FormValues.blank(value)) {
            throw new InvalidRequestException(List.of(new FieldProblem("value", texts.message("api.missing"))));
        }
        return value;
    }
}
