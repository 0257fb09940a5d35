package se.samverka.meeting;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import se.samverka.document.ArchivalPdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A meeting's minutes as an archival PDF/A-2a (and PDF/UA-1) from the template {@code meeting/minutes-document.html}
 * with the minutes' print style sheet: items § 1, § 2 …, corrections beside them.
 */
@Component
class MinutesDocument {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** An item with its § number, which follows its place, and the corrections made to it since. */
    record Item(int number, MinuteItem item, List<Correction> corrections) {
    }

    private final ITemplateEngine templates;

    MinutesDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The minutes; action points show their status on {@code asOf}, as it may change after approval. */
    byte[] pdf(Meeting meeting, String centreName, List<Correction> corrections, LocalDate asOf) {
        Map<Integer, List<Correction>> byItem = corrections.stream()
                .collect(Collectors.groupingBy(Correction::itemKey));
        List<Item> items = new ArrayList<>();
        for (MinuteItem item : meeting.items()) {
            items.add(new Item(items.size() + 1, item, byItem.getOrDefault(item.itemKey(), List.of())));
        }
        var context = new Context(SWEDISH);
        context.setVariable("meeting", meeting);
        context.setVariable("centreName", centreName);
        context.setVariable("items", items);
        context.setVariable("asOf", asOf);
        return ArchivalPdf.render(templates.process("meeting/minutes-document", context), "minutes of " + meeting.id());
    }
}
