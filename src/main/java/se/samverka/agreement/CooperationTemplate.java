package se.samverka.agreement;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;
import se.samverka.rules.LocalAgreementSection;
import se.samverka.rules.R15d;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static se.samverka.rules.LocalAgreementSection.*;

/**
 * The local cooperation agreement of Bilaga 1: the template {@code agreement/contract/cooperation.txt} holds its
 * wording section by section; this decides which sections the draft has (the mandatory ones and those the parties
 * chose), numbers them and gives the template what Samverka knows and what the parties wrote.
 */
final class CooperationTemplate {

    /** A date not yet agreed, to be filled in; Thymeleaf would read the underscores in a template as its own. */
    static final String BLANK_DATE = "____-__-__";

    /** The template's text for a mandatory section nobody has written yet; sending is refused until it is. */
    private static final String NOT_FILLED_IN = "NOT_FILLED_IN";

    private CooperationTemplate() {
    }

    /** The sections the draft has, in the template's order, numbered as they will be printed. */
    static List<ComposedSection> compose(ContractTemplates templates, CentreFacts centre, Terms terms,
                                         Map<TextKey, String> texts, List<Party> parties, String insurer) {
        List<LocalAgreementSection> included = new ArrayList<>();
        for (LocalAgreementSection section : LocalAgreementSection.values()) {
            if (section.mandatory()
                    || section == FIRE_SAFETY && terms.fireSafety()
                    || section == THREATS_AND_VIOLENCE && terms.threatsAndViolence()
                    || section == INSURANCE && terms.insurance()) {
                included.add(section);
            }
        }
        included.sort(Comparator.comparingInt(LocalAgreementSection::templateNumber));
        Map<String, String> bodies = templates.render("cooperation", variables(centre, terms, texts, parties, insurer));
        List<ComposedSection> sections = new ArrayList<>();
        for (LocalAgreementSection section : included) {
            String body = bodies.get(section.name());
            if (body == null) {
                throw new IllegalStateException("the cooperation template has no section " + section);
            }
            sections.add(new ComposedSection(section, String.valueOf(sections.size() + 1), section.heading(),
                    body.isEmpty() ? bodies.get(NOT_FILLED_IN) : body));
        }
        return sections;
    }

    private static Map<String, Object> variables(CentreFacts centre, Terms terms, Map<TextKey, String> texts,
                                                 List<Party> parties, String insurer) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("centre", centre);
        variables.put("terms", terms);
        variables.put("blankDate", BLANK_DATE);
        variables.put("texts", texts(texts));
        variables.put("parties", parties.stream().map(ContractParty::of).toList());
        variables.put("insurer", insurer);
        String called = called(centre);
        variables.put("called", called);
        variables.put("calledCapitalised", Character.toUpperCase(called.charAt(0)) + called.substring(1));
        variables.put("publicName", publicName(centre));
        variables.put("kindWording", kindWording(centre.kind()));
        variables.put("noticeWords", Words.months(terms.noticeMonths()));
        variables.put("lastNoticeDay", terms.endsOn() == null ? null
                : R15d.RULE.lastNoticeDay(terms.endsOn(), terms.noticeMonths()));
        variables.put("hours", terms.meetingHoursPerMonth() == null ? "__"
                : terms.meetingHoursPerMonth().stripTrailingZeros().toPlainString().replace('.', ','));
        variables.put("partyCount", Words.number(parties.size()));
        return variables;
    }

    /** Every text key, so that the template can name one the parties left empty. */
    static Map<String, String> texts(Map<TextKey, String> texts) {
        Map<String, String> byName = new HashMap<>();
        for (TextKey key : TextKey.values()) {
            String text = texts.get(key);
            byName.put(key.name(), text == null || text.isBlank() ? null : text);
        }
        return byName;
    }

    /**
     * A party as the templates name it: its role, its own name, its unit, administration and principal
     * ({@code described}), and its organisation number.
     */
    record ContractParty(String role, String name, String described, String principalName, String organisationNumber) {

        static ContractParty of(Party party) {
            return new ContractParty(party.role(), party.name(), CooperationTemplate.described(party),
                    party.principalName() != null && !party.principalName().equals(party.name())
                            ? party.principalName() : null,
                    party.organisationNumber());
        }
    }

    /** The party's unit, administration and principal, as the template's first section lists them. */
    static String described(Party party) {
        List<String> parts = new ArrayList<>();
        parts.add(party.name());
        if (party.administration() != null) {
            parts.add(party.administration());
        }
        if (party.principalName() != null && !party.principalName().equals(party.name())) {
            parts.add(party.principalName());
        }
        return String.join(", ", parts);
    }

    /**
     * How the text names the centre: "familjecentralen Solrosen", or the name alone when it already says what it is
     * ("Familjecentralen Solrosen", not "familjecentralen Familjecentralen Solrosen").
     */
    static String called(CentreFacts centre) {
        String kind = centre.kind() == CentreKind.FAMILY_CENTRE_LIKE ? "den familjecentralsliknande verksamheten "
                : "familjecentralen ";
        return namesItsKind(centre.name()) ? centre.name() : kind + centre.name();
    }

    /** The centre's name towards the public: "familjecentralen Solrosen", or its own "Familjecentralen …". */
    static String publicName(CentreFacts centre) {
        return namesItsKind(centre.name()) ? centre.name() : "familjecentralen " + centre.name();
    }

    private static boolean namesItsKind(String name) {
        String lower = name.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("familjecentral") || lower.startsWith("den familjecentralsliknande");
    }

    static String kindWording(CentreKind kind) {
        return kind == CentreKind.FAMILY_CENTRE_LIKE ? "familjecentralsliknande verksamhet" : "familjecentral";
    }

    static String operationName(BaseOperation operation) {
        return switch (operation) {
            case MIDWIFE_CLINIC -> "barnmorskemottagning";
            case CHILD_HEALTH -> "barnhälsovård";
            case OPEN_PRESCHOOL -> "öppen förskola";
            case PREVENTIVE_SOCIAL_SERVICES -> "förebyggande socialtjänst";
        };
    }
}
