package se.samverka.directory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.organisation.Municipality;
import se.samverka.rules.BaseOperation;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A centre as schema.org JSON-LD for search engines: a GovernmentService ("familjecentral") offered at a Place with
 * its postal address, in the page's language.
 */
@Component
class StructuredData {

    private final JsonMapper json;
    private final MessageSource messages;

    StructuredData(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The JSON, safe inside a {@code <script type="application/ld+json">} element. */
    String of(Listed centre, Municipality municipality, Language language, String origin) {
        Locale locale = Locale.forLanguageTag(language.tag());
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", centre.address().street());
        address.put("postalCode", centre.address().postalCode());
        address.put("addressLocality", centre.address().city());
        address.put("addressRegion", "Västra Götalands län");
        address.put("addressCountry", "SE");
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("@type", "Place");
        place.put("name", centre.name());
        place.put("address", address);
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("@context", "https://schema.org");
        service.put("@type", "GovernmentService");
        service.put("@id", origin + language.link("/hitta/" + centre.id()));
        service.put("name", centre.name());
        service.put("serviceType", messages.getMessage("directory.kind", null, locale));
        service.put("description", messages.getMessage("directory.centre.structured-description",
                new Object[]{operations(centre.onSite(), locale)}, locale));
        service.put("inLanguage", language.tag());
        service.put("areaServed", Map.of("@type", "AdministrativeArea", "name", municipality.name()));
        service.put("availableChannel", Map.of("@type", "ServiceChannel", "serviceLocation", place,
                "serviceUrl", origin + language.link("/hitta/" + centre.id())));
        return json.writeValueAsString(service).replace("</", "<\\/");
    }

    private String operations(List<BaseOperation> operations, Locale locale) {
        return String.join(", ", operations.stream()
                .map(o -> messages.getMessage("operation." + o.name(), null, locale)).toList());
    }
}
