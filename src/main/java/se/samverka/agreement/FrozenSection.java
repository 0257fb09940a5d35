package se.samverka.agreement;

import org.springframework.data.relational.core.mapping.Table;

/** A section of the document as sent for signature; the body is written in {@link SectionBody}'s markup. */
@Table("agreement_section")
record FrozenSection(String number, String heading, String body) {
}
