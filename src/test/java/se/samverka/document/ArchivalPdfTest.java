package se.samverka.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A template writes a text as it is saved; what XML cannot hold is left out rather than failing the document. */
class ArchivalPdfTest {

    @Test
    void charactersXmlCannotHoldAreLeftOut() throws Exception {
        byte[] pdf = ArchivalPdf.render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="sv-SE" xml:lang="sv-SE">
                <head><title>Prov</title><style>body { font-family: 'Liberation Serif'; }</style></head>
                <body><p>Före\u0007 och\uFFFF efter\ttab</p></body>
                </html>""", "test");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Före och efter");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Prov");
        }
    }
}
