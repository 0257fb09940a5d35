package se.samverka.agreement;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The usage-right agreement of Bilaga 2, from the template {@code agreement/contract/usage-right.txt}: the grantor
 * (upplåtaren) lets the user (nyttjaren) use part of the centre's premises. The template's example wording in §7–11
 * is proposed as the parties' text; a section the parties leave without text is not printed.
 */
final class UsageRightTemplate {

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

    /** The sections with text, in the template's order, numbered as they will be printed. */
    static List<ComposedSection> compose(ContractTemplates templates, CentreFacts centre, Terms terms,
                                         Map<TextKey, String> texts, List<Party> parties) {
        Party grantor = parties.stream().filter(p -> Party.GRANTOR.equals(p.role())).findFirst().orElseThrow();
        Party user = parties.stream().filter(p -> Party.USER.equals(p.role())).findFirst().orElseThrow();
        String called = CooperationTemplate.called(centre);
        Map<String, Object> variables = new HashMap<>();
        variables.put("centre", centre);
        variables.put("terms", terms);
        variables.put("blankDate", CooperationTemplate.BLANK_DATE);
        variables.put("texts", CooperationTemplate.texts(texts));
        variables.put("grantor", CooperationTemplate.ContractParty.of(grantor));
        variables.put("user", CooperationTemplate.ContractParty.of(user));
        variables.put("called", called);
        variables.put("calledCapitalised", Character.toUpperCase(called.charAt(0)) + called.substring(1));
        variables.put("premises", terms.premises() == null || terms.premises().isBlank() ? "____"
                : terms.premises().strip().replaceAll("[.]$", ""));
        variables.put("share", terms.userSharePercent() == null ? null : percent(terms.userSharePercent()));
        variables.put("noticeNumber", Words.number(terms.noticeMonths()));
        variables.put("compensation", kronor(terms.compensationOre()));
        List<ComposedSection> sections = new ArrayList<>();
        templates.render("usage-right", variables).forEach((heading, body) -> {
            if (!body.isEmpty()) {
                sections.add(new ComposedSection(null, String.valueOf(sections.size() + 1), heading, body));
            }
        });
        return sections;
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
}
