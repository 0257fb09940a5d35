package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;

/** A local agreement as a document: what {@link AgreementPdf} and {@link AgreementDocx} render. */
public record AgreementDocument(String title, String subtitle, String centreName, String versionLabel,
                                List<Section> sections, SignaturePage signaturePage) {

    public AgreementDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(centreName, "centreName");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Objects.requireNonNull(signaturePage, "signaturePage");
    }
}
