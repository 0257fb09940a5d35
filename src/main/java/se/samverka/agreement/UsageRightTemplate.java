package se.samverka.agreement;

import se.samverka.rules.RB2a;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The usage-right agreement of Bilaga 2: the grantor (upplåtaren) lets the user (nyttjaren) use part of
 * the centre's premises. The template's example wording in §7–11 is proposed as the parties' text.
 */
final class UsageRightTemplate {

    static final String TITLE = "Lokalt nyttjanderättsavtal";
    static final String SUBTITLE = "(vid sidan av ett lokalt samverkansavtal)";

    static final Map<TextKey, String> EXAMPLES = Map.of(
            TextKey.TRANSFER, "Detta avtal får inte överlåtas på annan utan upplåtarens samtycke. Nyttjaren får inte "
                    + "heller upplåta rättighet som helt eller delvis härrör från detta avtal utan upplåtarens samtycke.",
            TextKey.REDUCTION, "Nyttjaren har rätt till skälig nedsättning av ersättningsbeloppet när upplåtaren brister "
                    + "i sin underhållsskyldighet enligt detta avtal och gällande rätt.\n\nOm hinder eller men uppstår i "
                    + "nyttjanderätten och detta sker utan nyttjarens vållande har nyttjaren rätt till skälig nedsättning "
                    + "av ersättningsbeloppet och, om hindret är av så väsentlig art att det helt hindrar utförandet av "
                    + "nyttjarens verksamhet, att säga upp avtalet till omedelbart upphörande. Om hindret har resulterat "
                    + "i ekonomisk skada för nyttjaren äger nyttjaren rätt att få denna skada ersatt.",
            TextKey.CANCELLATION, "Part får häva avtalet om motparten inte fullgör sina åtaganden enligt avtalet och "
                    + "rättelse efter påminnelse inte sker utan dröjsmål och avtalsbrottet är av väsentlig betydelse.",
            TextKey.FORCE_MAJEURE, "Oförutsägbara händelser som omfattande arbetskonflikter, miljö- och "
                    + "naturkatastrofer samt allvarlig smittspridning eller annan omständighet som parterna inte råder "
                    + "över och som förhindrar en part från att fullfölja skyldigheter som följer av avtalet befriar "
                    + "sådan part från dessa skyldigheter.",
            TextKey.CHANGES, "Ändringar och tillägg till avtalet ska vara skriftliga och undertecknas av båda parter för "
                    + "att vara giltiga.");

    private UsageRightTemplate() {
    }

    static List<ComposedSection> compose(CentreFacts centre, Terms terms, Map<TextKey, String> texts,
                                         List<Party> parties) {
        Party grantor = parties.stream().filter(p -> Party.GRANTOR.equals(p.role())).findFirst().orElseThrow();
        Party user = parties.stream().filter(p -> Party.USER.equals(p.role())).findFirst().orElseThrow();
        String called = CooperationTemplate.called(centre);
        String calledCapitalised = Character.toUpperCase(called.charAt(0)) + called.substring(1);
        List<ComposedSection> sections = new ArrayList<>();

        add(sections, "Avtalsparter och lokalisering", new SectionBody()
                .paragraph("(1) " + identify(grantor) + " (Upplåtaren) och")
                .paragraph("(2) " + identify(user) + " (Nyttjaren)")
                .paragraph("gemensamt benämnda som parterna.")
                .paragraph(calledCapitalised + " är lokaliserad på adress " + centre.address() + "."));

        var scope = new SectionBody()
                .paragraph(grantor.name() + " upplåter härmed nyttjanderätten avseende " + called + " på adressen "
                        + centre.address() + " till " + user.name() + " på nedanstående villkor.")
                .paragraph("Nyttjanderätten enligt detta avtal omfattar " + orBlank(terms.premises()) + ".");
        if (terms.userSharePercent() != null) {
            scope.paragraph("Nyttjarens andel av familjecentralens lokaler är " + percent(terms.userSharePercent())
                    + " procent.");
        }
        add(sections, "Nyttjanderättens omfattning och ändamål", scope.written(texts.get(TextKey.USAGE_SCOPE)));

        add(sections, "Nyttjanderättsperiod, uppsägningstid och förlängningstid", new SectionBody()
                .paragraph("Avtalet gäller fr.o.m. " + (terms.startsOn() == null ? "____-__-__" : terms.startsOn())
                        + (terms.endsOn() == null ? " och tills vidare." : " t.o.m. " + terms.endsOn() + "."))
                .paragraph("Avtalet kan sägas upp för att upphöra att gälla vid det månadsskifte som inträffar närmast "
                        + "efter " + Words.number(terms.noticeMonths()) + " månader från uppsägningen. Uppsägningen ska "
                        + "vara skriftlig. (" + RB2a.RULE.id() + ")")
                .written(texts.get(TextKey.EXTENSION)));

        add(sections, "Ersättning för upplåtelsen", new SectionBody()
                .paragraph(grantor.name() + " ersätts med " + kronor(terms.compensationOre()) + " kronor per "
                        + period(terms.compensationPeriod()) + ".")
                .written(texts.get(TextKey.PAYMENT_TERMS))
                .paragraph("Ersättningen omfattar till exempel uppvärmning av lokalen, vatten, avlopp, ventilation och "
                        + "el, avfallshantering, trappstädning och snöröjning/sandning och som inte framgår av tidigare "
                        + "punkter."));
        add(sections, "Upplåtarens åtaganden", new SectionBody().written(texts.get(TextKey.GRANTOR_DUTIES)));
        add(sections, "Nyttjarens åtaganden", new SectionBody().written(texts.get(TextKey.USER_DUTIES)));
        add(sections, "Överlåtelse av nyttjanderätten", new SectionBody().written(texts.get(TextKey.TRANSFER)));
        add(sections, "Nedsättning av ersättningsbeloppet", new SectionBody().written(texts.get(TextKey.REDUCTION)));
        add(sections, "Hävning av nyttjanderätten", new SectionBody().written(texts.get(TextKey.CANCELLATION)));
        add(sections, "Force Majeure", new SectionBody().written(texts.get(TextKey.FORCE_MAJEURE)));
        add(sections, "Ändringar och tillägg till nyttjanderätten", new SectionBody().written(texts.get(TextKey.CHANGES)));
        add(sections, "Underskrift", new SectionBody().paragraph(signatureIntro(parties.size())));
        return sections;
    }

    static String signatureIntro(int parties) {
        return "Detta avtal har upprättats i " + Words.number(parties)
                + " likalydande exemplar, varav parterna har tagit varsitt.";
    }

    private static void add(List<ComposedSection> sections, String heading, SectionBody body) {
        sections.add(new ComposedSection(null, String.valueOf(sections.size() + 1), heading, body.text()));
    }

    private static String identify(Party party) {
        StringBuilder text = new StringBuilder(party.name());
        if (party.principalName() != null && !party.principalName().equals(party.name())) {
            text.append(", ").append(party.principalName());
        }
        if (party.organisationNumber() != null) {
            text.append(", organisationsnummer ").append(party.organisationNumber());
        }
        return text.toString();
    }

    private static String orBlank(String text) {
        return text == null || text.isBlank() ? "____" : text.strip().replaceAll("[.]$", "");
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String kronor(Long ore) {
        if (ore == null) {
            return "____";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("sv-SE"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(ore, 2));
    }

    private static String period(CompensationPeriod period) {
        if (period == null) {
            return "____";
        }
        return switch (period) {
            case MONTH -> "månad";
            case QUARTER -> "kvartal";
            case YEAR -> "år";
        };
    }
}
