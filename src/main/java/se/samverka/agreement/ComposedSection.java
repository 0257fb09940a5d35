package se.samverka.agreement;

import se.samverka.rules.LocalAgreementSection;

/** A section of an agreement's document; {@code section} is null for usage-right agreements. */
record ComposedSection(LocalAgreementSection section, String number, String heading, String body) {

    FrozenSection frozen() {
        return new FrozenSection(number, heading, body);
    }
}
