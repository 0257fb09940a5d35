package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;

/**
 * A local agreement as a document: what {@link AgreementPdf} and {@link AgreementDocx} render.
 *
 * @param kind    what the centre is, for the title block: "Familjecentral" or "Familjecentralsliknande verksamhet"
 * @param marking what every page and the document's properties say it is when it is not the signed original;
 *                null for the sealed original
 */
public record AgreementDocument(String title, String subtitle, String kind, String centreName, String versionLabel,
                                Marking marking, List<Section> sections, SignaturePage signaturePage) {

    public AgreementDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(centreName, "centreName");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        Objects.requireNonNull(signaturePage, "signaturePage");
    }

    /**
     * "UTKAST – inte undertecknat, version 2, 2026-12-04" on a draft, or that the version was sent for signing.
     *
     * @param draft a draft is also marked across each page, so that a printed draft is not taken for the agreement
     */
    public record Marking(String text, boolean draft) {

        public Marking {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The document's title in its properties: the agreement, the centre and the marking, if any. */
    public String propertiesTitle() {
        return title + " – " + centreName + (marking == null ? "" : " (" + marking.text() + ")");
    }
}
