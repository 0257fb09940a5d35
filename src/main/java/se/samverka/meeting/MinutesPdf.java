package se.samverka.meeting;

import se.samverka.document.ArchivalPdf;
import se.samverka.document.Xhtml;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A meeting's minutes as an archival PDF/A-2a (and PDF/UA-1): items § 1, § 2 …, corrections beside them. */
final class MinutesPdf {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final String STYLE = ArchivalPdf.numberedPages("A4", "20mm 18mm 20mm 18mm", "8pt") + """
            body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.4; color: #000000; }
            h1, h2, h3 { font-family: 'Liberation Sans'; }
            h1 { font-size: 18pt; margin: 0 0 3mm 0; }
            h2 { font-size: 13pt; margin: 7mm 0 2mm 0; page-break-after: avoid; }
            h3 { font-size: 11.5pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            p { margin: 0 0 2mm 0; }
            table { width: 100%; border-collapse: collapse; margin: 2mm 0 0 0; }
            th { text-align: left; border-bottom: 1pt solid #000000; padding: 1.2mm 1.5mm 1.2mm 0; }
            td { border-bottom: 0.4pt solid #999999; padding: 1.2mm 1.5mm 1.2mm 0; vertical-align: top; }
            .correction { margin-left: 8mm; font-style: italic; }
            tr { page-break-inside: avoid; }
            """;

    private MinutesPdf() {
    }

    static String title(Meeting meeting) {
        return "Protokoll " + kind(meeting.kind()) + " " + meeting.startsAt().toLocalDate();
    }

    private static String kind(MeetingKind kind) {
        return switch (kind) {
            case STEERING_GROUP -> "styrgruppsmöte";
            case COOPERATION -> "samverkansmöte";
        };
    }

    /** The minutes; action points show their status on {@code asOf}, as it may change after approval. */
    static byte[] render(Meeting meeting, String centreName, List<Correction> corrections,
                         java.util.function.Function<se.samverka.rules.BaseOperation, String> operationNames,
                         java.time.LocalDate asOf) {
        String title = title(meeting);
        return ArchivalPdf.render(title, centreName, STYLE,
                html -> body(html, meeting, centreName, corrections, operationNames, title, asOf));
    }

    private static void body(Xhtml html, Meeting meeting, String centreName, List<Correction> corrections,
                             java.util.function.Function<se.samverka.rules.BaseOperation, String> operationNames, String title,
                             java.time.LocalDate asOf) {
        html.element("h1", title);
        html.element("p", "Familjecentral: " + centreName);
        html.element("p", "Tid: " + DAY_TIME.format(meeting.startsAt()) + "–" + TIME.format(meeting.endsAt())
                + ". Plats: " + meeting.place() + ".");
        html.element("p", meeting.premisesMatters() ? "Lokalfrågor finns på dagordningen."
                : "Inga lokalfrågor på dagordningen.");

        html.element("h2", "Deltagare");
        if (meeting.attendees().isEmpty()) {
            html.element("p", "Inga deltagare antecknade.");
        } else {
            html.open("table").open("thead").open("tr");
            for (String h : List.of("Basverksamhet", "Namn", "Närvarande")) {
                html.element("th", h, "scope", "col");
            }
            html.close().close().open("tbody");
            for (Attendee a : meeting.attendees()) {
                html.open("tr").element("th", operationNames.apply(a.operation()),
                                "scope", "row")
                        .element("td", a.name()).element("td", a.present() ? "Ja" : "Nej").close();
            }
            html.close().close();
        }

        if (!meeting.agenda().isEmpty()) {
            html.element("h2", "Dagordning");
            html.open("ol");
            meeting.agenda().forEach(item -> html.element("li", item.text()));
            html.close();
        }

        html.element("h2", "Protokoll");
        Map<Integer, List<Correction>> byItem = corrections.stream()
                .collect(Collectors.groupingBy(Correction::itemKey));
        if (meeting.items().isEmpty()) {
            html.element("p", "Inga punkter antecknade.");
        }
        for (int i = 0; i < meeting.items().size(); i++) {
            MinuteItem item = meeting.items().get(i);
            html.element("h3", "§ " + (i + 1));
            html.element("p", item.text());
            if (item.decision() != null) {
                html.element("p", "Beslut: " + item.decision());
            }
            for (Correction c : byItem.getOrDefault(item.itemKey(), List.of())) {
                html.element("p", "Rättelse " + c.recordedAt().atZone(MeetingWork.SWEDEN).toLocalDate() + ": "
                        + c.text(), "class", "correction");
            }
        }

        html.element("h2", "Åtgärder");
        if (meeting.actions().isEmpty()) {
            html.element("p", "Inga åtgärder.");
        } else {
            html.open("table").open("thead").open("tr");
            for (String h : List.of("Åtgärd", "Ansvarig", "Klart senast", "Status " + asOf)) {
                html.element("th", h, "scope", "col");
            }
            html.close().close().open("tbody");
            for (ActionPoint a : meeting.actions()) {
                html.open("tr").element("th", a.description(), "scope", "row").element("td", a.owner())
                        .element("td", a.dueOn().toString()).element("td", a.done() ? "Klar" : "Öppen").close();
            }
            html.close().close();
        }

        html.element("h2", "Justering");
        html.element("p", meeting.locked()
                ? "Justerat av " + meeting.adjuster() + " den "
                + meeting.approvedAt().atZone(MeetingWork.SWEDEN).toLocalDate() + ". Protokollet är låst."
                : "Protokollet är inte justerat.");
    }
}
