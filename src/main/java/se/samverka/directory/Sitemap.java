package se.samverka.directory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.samverka.centre.PublicListing;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.directory.PublishedPages.Published;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The public pages for search engines (sitemaps.org 0.9): each page once per language, with its other languages as
 * {@code xhtml:link rel="alternate" hreflang} and, for the centres and the list of them, when they last changed (the
 * later of the registry's change and the publication).
 */
@RestController
class Sitemap {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private record Page(String path, Instant lastModified) {
    }

    private final PublicListing listing;
    private final PublishedPages publishedPages;
    private final Languages languages;

    Sitemap(PublicListing listing, PublishedPages publishedPages, Languages languages) {
        this.listing = listing;
        this.publishedPages = publishedPages;
        this.languages = languages;
    }

    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> sitemap() throws XMLStreamException {
        Map<Long, Published> published = publishedPages.all();
        List<Page> centres = listing.covered().stream().map(c -> new Page("/hitta/" + c.id(),
                lastModified(c, published.get(c.id())))).toList();
        Instant latest = centres.stream().map(Page::lastModified).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("/hitta", latest));
        pages.add(new Page("/hitta/aktiviteter", null));
        pages.add(new Page("/tillganglighet", null));
        pages.addAll(centres);

        String origin = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP);
        xml.writeNamespace("xhtml", XHTML);
        for (Page page : pages) {
            for (Language language : languages.all()) {
                xml.writeStartElement("url");
                element(xml, "loc", origin + language.link(page.path()));
                if (page.lastModified() != null) {
                    element(xml, "lastmod", page.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                for (Language other : languages.all()) {
                    alternate(xml, other.tag(), origin + other.link(page.path()));
                }
                alternate(xml, "x-default", origin + languages.swedish().link(page.path()));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, DirectoryPages.CACHE_CONTROL)
                .contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
                .body(bytes.toByteArray());
    }

    private static Instant lastModified(Listed centre, Published published) {
        return Stream.of(centre.changedAt(), published == null ? null : published.publishedAt())
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void alternate(XMLStreamWriter xml, String hreflang, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", hreflang);
        xml.writeAttribute("href", href);
    }
}
