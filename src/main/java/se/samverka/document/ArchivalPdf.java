package se.samverka.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders XHTML as a tagged PDF/A-2a that also meets PDF/UA-1, laid out by openhtmltopdf with the embedded
 * Liberation fonts ({@code 'Liberation Sans'}, {@code 'Liberation Serif'}, {@code 'Liberation Mono'}) and an
 * sRGB output intent. The XHTML names its language and has a {@code <title>}; tables use {@code <th scope>}.
 */
public final class ArchivalPdf {

    public static final String SANS = DocumentFonts.SANS;
    public static final String SERIF = DocumentFonts.SERIF;
    public static final String MONO = DocumentFonts.MONO;

    static {
        XRLog.setLoggerImpl(new PdfRendererLogging());
    }

    private static final class Fonts {
        static final DocumentFonts LOADED = new DocumentFonts();
    }

    private ArchivalPdf() {
    }

    /**
     * A complete XHTML document rendered; {@code title} only names it in errors. Characters that XML cannot hold
     * (control characters other than tab and line breaks, U+FFFE, U+FFFF), which a template writes as they are, are
     * left out, so that a text saved before input was checked still prints.
     */
    public static byte[] render(String xhtml, String title) {
        DocumentFonts fonts = Fonts.LOADED;
        var out = new ByteArrayOutputStream(256 * 1024);
        var builder = new PdfRendererBuilder();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(fonts.srgbProfile);
        builder.useFont(() -> new ByteArrayInputStream(fonts.sansRegular), DocumentFonts.SANS, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.sansBold), DocumentFonts.SANS, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.serifRegular), DocumentFonts.SERIF, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.serifBold), DocumentFonts.SERIF, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.serifItalic), DocumentFonts.SERIF, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(fonts.monoRegular), DocumentFonts.MONO, 400, FontStyle.NORMAL, true);
        builder.withProducer("Samverka");
        builder.withHtmlContent(xmlCharacters(xhtml), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + title, e);
        }
        return out.toByteArray();
    }

    private static String xmlCharacters(String xhtml) {
        StringBuilder kept = null;
        for (int i = 0; i < xhtml.length(); i++) {
            char c = xhtml.charAt(i);
            boolean allowed = c >= 0x20 ? c != '\uFFFE' && c != '\uFFFF' : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && kept == null) {
                kept = new StringBuilder(xhtml.length()).append(xhtml, 0, i);
            } else if (allowed && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? xhtml : kept.toString();
    }
}
