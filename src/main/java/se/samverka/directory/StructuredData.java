package se.samverka.directory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.centre.PublicListing.Listed;
import se.samverka.organisation.Municipality;
import se.samverka.rules.BaseOperation;
import tools.jackson.databind.json.JsonMapper;

import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A centre as schema.org JSON-LD for search engines: a GovernmentService ("familjecentral") offered at a Place with
 * its postal address, position, telephone and opening hours (closures as special opening hours), in the page's
 * language.
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
    String of(PublicCentre view, Municipality municipality, Language language, String origin) {
        Listed centre = view.centre();
        PublicInfo info = view.info();
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
        if (info.coordinates() != null) {
            place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", info.coordinates().latitude(),
                    "longitude", info.coordinates().longitude()));
        }
        if (info.phone() != null) {
            place.put("telephone", info.phone());
        }
        List<Map<String, Object>> opening = info.hours().stream()
                .filter(h -> h.kind() != PublicInfo.HoursKind.PHONE && h.operation() == null)
                .map(StructuredData::opening).toList();
        if (!opening.isEmpty()) {
            place.put("openingHoursSpecification", opening);
        }
        List<Map<String, Object>> closed = info.closures().stream().filter(c -> c.operation() == null)
                .map(c -> Map.<String, Object>of("@type", "OpeningHoursSpecification",
                        "validFrom", c.from().toString(), "validThrough", c.to().toString(),
                        "opens", "00:00", "closes", "00:00"))
                .toList();
        if (!closed.isEmpty()) {
            place.put("specialOpeningHoursSpecification", closed);
        }
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("@context", "https://schema.org");
        service.put("@type", "GovernmentService");
        service.put("@id", origin + language.link("/hitta/" + centre.id()));
        service.put("name", centre.name());
        service.put("serviceType", messages.getMessage("directory.kind", null, locale));
        service.put("description", messages.getMessage("directory.centre.structured-description",
                new Object[]{operations(centre.onSite(), locale)}, locale));
        service.put("inLanguage", language.tag());
        if (info.email() != null) {
            service.put("email", info.email());
        }
        if (info.website() != null) {
            service.put("url", info.website());
        }
        if (!info.languages().isEmpty()) {
            service.put("availableLanguage", info.languages());
        }
        service.put("areaServed", Map.of("@type", "AdministrativeArea", "name", municipality.name()));
        service.put("availableChannel", Map.of("@type", "ServiceChannel", "serviceLocation", place,
                "serviceUrl", origin + language.link("/hitta/" + centre.id())));
        return json.writeValueAsString(service).replace("</", "<\\/");
    }

    private static Map<String, Object> opening(PublicInfo.Hours hours) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("@type", "OpeningHoursSpecification");
        spec.put("dayOfWeek", hours.weekDays().stream()
                .map(d -> "https://schema.org/" + d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList());
        spec.put("opens", hours.opens().toString());
        spec.put("closes", hours.closes().toString());
        return spec;
    }

    private String operations(List<BaseOperation> operations, Locale locale) {
        return String.join(", ", operations.stream()
                .map(o -> messages.getMessage("operation." + o.name(), null, locale)).toList());
    }
}
