package se.samverka.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

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
     * A CSS {@code @page} rule: the page size (e.g. {@code A4}) and margins, and "Sida n av m" centred at the foot of
     * every page in Liberation Sans of the given size.
     */
    public static String numberedPages(String size, String margins, String footerFontSize) {
        return numberedPages(size, margins, footerFontSize, "Sida", "av");
    }

    /** {@link #numberedPages(String, String, String)} with the words of another language, e.g. "Page" and "of". */
    public static String numberedPages(String size, String margins, String footerFontSize, String page, String of) {
        return """
                @page {
                  size: %s;
                  margin: %s;
                  @bottom-center {
                    content: "%s " counter(page) " %s " counter(pages);
                    font-family: 'Liberation Sans';
                    font-size: %s;
                    color: #444444;
                  }
                }
                """.formatted(size, margins, page, of, footerFontSize);
    }

    /**
     * A whole XHTML document in Swedish: its title, an optional subject, the style sheet and the body that
     * {@code body} writes inside {@code <body>}.
     */
    public static String document(String title, String subject, String css, Consumer<Xhtml> body) {
        return document("sv-SE", title, subject, css, body);
    }

    /** {@link #document(String, String, String, Consumer)} in the language {@code lang} (a BCP 47 tag). */
    public static String document(String lang, String title, String subject, String css, Consumer<Xhtml> body) {
        var html = new Xhtml();
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang, "xml:lang", lang);
        html.open("head").element("title", title);
        if (subject != null) {
            html.open("meta", "name", "subject", "content", subject).close();
        }
        html.open("meta", "name", "author", "content", "Samverka").close();
        html.open("style").text(css).close();
        html.close();
        html.open("body");
        body.accept(html);
        return html.close().close().finish();
    }

    /** The document {@link #document} makes, rendered. */
    public static byte[] render(String title, String subject, String css, Consumer<Xhtml> body) {
        return render(document(title, subject, css, body), title);
    }

    /** A complete XHTML document rendered; {@code title} only names it in errors. */
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
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + title, e);
        }
        return out.toByteArray();
    }
}
