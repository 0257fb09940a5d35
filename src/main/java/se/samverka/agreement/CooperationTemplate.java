package se.samverka.agreement;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;
import se.samverka.rules.LocalAgreementSection;
import se.samverka.rules.R15d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static se.samverka.rules.LocalAgreementSection.*;

/**
 * The local cooperation agreement of Bilaga 1: the template's fixed wording, in its order, with what
 * Samverka knows and what the parties wrote put where the template asks for it.
 */
final class CooperationTemplate {

    static final String TITLE = "Lokalt samverkansavtal";
    static final String SUBTITLE = "(vid sidan av ett lokalt nyttjanderättsavtal)";

    private CooperationTemplate() {
    }

    /** The sections the draft has, in the template's order, numbered as they will be printed. */
    static List<ComposedSection> compose(CentreFacts centre, Terms terms, Map<TextKey, String> texts,
                                         List<Party> parties, String insurer) {
        List<LocalAgreementSection> included = new ArrayList<>();
        for (LocalAgreementSection section : LocalAgreementSection.values()) {
            if (section.mandatory()
                    || section == FIRE_SAFETY && terms.fireSafety()
                    || section == THREATS_AND_VIOLENCE && terms.threatsAndViolence()
                    || section == INSURANCE && terms.insurance()) {
                included.add(section);
            }
        }
        included.sort(java.util.Comparator.comparingInt(LocalAgreementSection::templateNumber));
        List<ComposedSection> sections = new ArrayList<>();
        for (LocalAgreementSection section : included) {
            SectionBody body = body(section, centre, terms, texts, parties, insurer);
            sections.add(new ComposedSection(section, String.valueOf(sections.size() + 1), section.heading(),
                    body.text()));
        }
        return sections;
    }

    private static SectionBody body(LocalAgreementSection section, CentreFacts centre, Terms terms,
                                    Map<TextKey, String> texts, List<Party> parties, String insurer) {
        var body = new SectionBody();
        String called = called(centre);
        switch (section) {
            case PARTIES_AND_LOCATION -> {
                body.bullets(parties.stream().map(CooperationTemplate::partyLine).toList());
                body.paragraph(capitalised(called) + " är lokaliserad på " + centre.address() + ".");
                body.paragraph("Utifrån samverkansavtalet för familjecentraler och familjecentralsliknande "
                        + "verksamheter i Västra Götaland betecknas verksamheten som " + kindWording(centre.kind())
                        + ". Utåt mot befolkningen kallas verksamheten för familjecentralen " + centre.name()
                        + ". Nedan benämns verksamheten därför som familjecentral.");
            }
            case TERM -> {
                body.paragraph("Avtalet gäller under perioden " + date(terms.startsOn()) + " – " + date(terms.endsOn())
                        + (terms.extensionMonths() == null || terms.extensionMonths() == 0 ? "."
                        : " med möjlighet till " + terms.extensionMonths() + " månaders förlängning.")
                        + " Förlängningen ska vara skriftlig och beslutad av samtliga avtalsparter.");
                body.paragraph("Uppsägning av avtalet för upphörande eller omförhandling ska meddelas övriga parter "
                        + "skriftligen med " + Words.months(terms.noticeMonths()) + " varsel"
                        + (terms.endsOn() == null ? "." : ", det vill säga senast "
                        + R15d.RULE.lastNoticeDay(terms.endsOn(), terms.noticeMonths()) + " inför avtalets slut."));
            }
            case FOUNDATIONS -> {
                body.paragraph("Följande styrdokument ligger till grund för avtalet:");
                List<String> documents = new ArrayList<>();
                documents.add("Samverkansavtal familjecentraler och familjecentralsliknande verksamheter i Västra "
                        + "Götaland.");
                body.bullets(documents);
                body.written(texts.get(TextKey.FOUNDATIONS));
            }
            case PURPOSE_OF_AGREEMENT -> {
                body.paragraph("Syftet med avtalet är att säkra samverkan, skapa långsiktighet, kontinuitet och kvalitet "
                        + "i familjecentralens verksamhet samt familjecentralens roll i kommunområdets "
                        + "familjecentraliserade arbete. Detta avtal reglerar verksamhetens ledningsstruktur, innehåll, "
                        + "respektive parts ansvarsområde och finansiering av gemensamma resurser utöver lokaler.");
                body.written(texts.get(TextKey.PREMISES_REFERENCE));
            }
            case CENTRE_PURPOSE_AND_GOALS -> {
                body.subheading("Familjecentralens övergripande uppdrag och mål");
                body.paragraph("Se Samverkansavtal familjecentraler och familjecentralsliknande verksamheter i Västra "
                        + "Götaland, avsnitt 7.");
                body.subheading("Familjecentralens lokala mål och uppföljning");
                body.paragraph("Styrgruppen ska tillsammans med de verksamma på familjecentralen eller den "
                        + "familjecentralsliknande verksamheten upprätta uppföljningsbara mål. Alla verksamheter i "
                        + "familjecentralen eller den familjecentralsliknande verksamheten ska ha en gemensam "
                        + "verksamhetsplan som följs upp och utvärderas. Styrgruppen ansvarar för att det årligen "
                        + "upprättas en gemensam verksamhetsplan med uppföljning och utvärdering.");
                body.written(texts.get(TextKey.LOCAL_GOALS));
            }
            case JOINT_RESPONSIBILITY -> {
                body.paragraph("Parterna ska tillsammans skapa en verksamhet som möter de behov som finns hos målgruppen "
                        + "och som motsvarar behovet i det geografiska området. Parterna ansvarar för att upprätta "
                        + "verksamhetsplan och uppföljningsbara mål samt att följa verksamhetens utveckling enligt de "
                        + "fastställda målen och riktlinjerna. Parterna har också ansvar för den gemensamma "
                        + "kompetensutvecklingen hos personalgruppen.");
                body.paragraph("Parterna ansvarar även för att avsätta gemensam tid för personalgruppen att ha "
                        + "samverkansmöten. För samverkansmöten, där alla samverkansparter är representerade, avsätts "
                        + hours(terms.meetingHoursPerMonth()) + " timmar/månad. På dessa möten behandlas till exempel "
                        + "utvecklingsfrågor och samverkansaktiviteter. Lokalfrågor ska behandlas på tid då de som "
                        + "arbetar i lokalerna deltar.");
            }
            case INDIVIDUAL_RESPONSIBILITY -> {
                body.paragraph("Varje avtalspart har ansvar för sin egen verksamhet och personal. Varje chef ansvarar för "
                        + "att familjecentralen blir en del av respektive avtalsparts ordinarie verksamhet. Varje "
                        + "avtalspart ansvarar för att respektive personal har:");
                body.bullets(List.of("Utrymme för samverkan i sin tjänst",
                        "Möjlighet till gemensam utbildning och kompetensutveckling",
                        "Kunskap om familjecentrerat arbetssätt",
                        "Kunskap kring rutiner för dokumentation och sekretess"));
            }
            case STEERING_GROUP -> {
                body.paragraph("Se Samverkansavtal familjecentraler och familjecentralsliknande verksamheter i Västra "
                        + "Götaland, avsnitt 11.1.");
                if (terms.steeringMeetingsPerYear() != null) {
                    body.paragraph("Styrgruppen sammanträder med samordnaren " + terms.steeringMeetingsPerYear()
                            + " gånger per år.");
                }
                body.written(texts.get(TextKey.STEERING_GROUP));
            }
            case COORDINATOR -> {
                body.paragraph("Se Samverkansavtal familjecentraler och familjecentralsliknande verksamheter i Västra "
                        + "Götaland, avsnitt 11.2 och 14.1.");
                body.written(texts.get(TextKey.COORDINATOR));
                body.paragraph("Gällande finansiering av samordnartjänsten, se avsnittet Finansiering i detta avtal.");
            }
            case STAFF_GROUP -> body.written(texts.get(TextKey.STAFF_GROUP));
            case CONFIDENTIALITY -> body.paragraph("Se Samverkansavtal familjecentraler och familjecentralsliknande "
                    + "verksamheter i Västra Götaland, avsnitt 13.");
            case FIRE_SAFETY -> body.paragraph("Styrgruppen ansvarar för att det upprättas samt bedrivs ett "
                    + "systematiskt brandskyddsarbete i de gemensamma lokalerna på familjecentralen, för de verksamheter "
                    + "som finns i lokalerna. Styrgruppen utser även SBA ombud som har ansvaret för att bedriva SBA "
                    + "ronder i dessa ytor, utför kontroller på brandlarmet samt genomför utrymningsövningar. Det ska "
                    + "även finnas en plan för utrymning i de gemensamma ytorna där avsökning av dessa ingår. Det ska "
                    + "finnas en gemensam återsamlingsplats för att underlätta kontakt vid en utrymning.");
            case THREATS_AND_VIOLENCE -> body.paragraph("Incidenter gällande hot och våld kan inträffa och en gemensam "
                    + "plan för detta tas fram utav berörda verksamheter.");
            case INSURANCE -> {
                body.paragraph("Respektive verksamhet försäkrar sina inventarier. Den verksamhet som har störst andel av "
                        + "familjecentralens lokaler försäkrar även de inventarier som finns i de gemensamma ytorna.");
                if (insurer != null) {
                    body.paragraph("Enligt nyttjanderättsavtalen har " + insurer + " störst andel av lokalerna och "
                            + "försäkrar därför inventarierna i de gemensamma ytorna.");
                }
            }
            case FINANCING -> {
                body.subheading("Lokaler");
                body.written(Optional.ofNullable(texts.get(TextKey.PREMISES_REFERENCE)).orElse(
                        "Lokalfrågor regleras i det lokala nyttjanderättsavtalet."));
                body.subheading("Personalkostnader");
                body.paragraph("Respektive avtalspart står för personalkostnader avseende sin personal och för andra "
                        + "verksamhetsspecifika kostnader.");
                body.subheading("Samordnare");
                body.paragraph("Kostnaden för samordnaren ska delas lika mellan de basverksamheter som ingår i samverkan "
                        + "kring familjecentralen. Se Samverkansavtal familjecentraler och familjecentralsliknande "
                        + "verksamheter i Västra Götaland, avsnitt 14.1.");
                body.written(texts.get(TextKey.COORDINATOR_COST));
            }
            case AMENDMENTS -> {
                body.paragraph("Parterna är införstådda med att villkor och förutsättningar för den verksamhet som avtalet "
                        + "avser kan komma att förändras till följd av ny lagstiftning, beslut inom respektive huvudman "
                        + "eller annat. Skulle sådana förändringar uppkomma har parterna skyldighet att snarast informera "
                        + "övriga avtalsparter om detta.");
                body.paragraph("Ändringar och tillägg till detta avtal skall för att vara gällande skriftligen godkännas "
                        + "av parterna.");
            }
            case DISPUTES -> body.paragraph("Tvist mellan parterna om tolkning eller tillämpning av detta avtal löses i "
                    + "samförstånd mellan parterna. Om tvist om tolkning eller tillämpning av avtalet inte kan lösas i "
                    + "samförstånd mellan parterna, lyftes frågan till respektive huvudman.");
            case SIGNATURES -> body.paragraph(signatureIntro(parties.size()));
        }
        return body;
    }

    static String signatureIntro(int parties) {
        return "Detta avtal är upprättat i " + Words.number(parties)
                + " likalydande exemplar där parterna tagit var sitt original.";
    }

    /** The text on a party's signature block, as the template words it ("För öppen förskola, …"). */
    static String signatureParty(Party party) {
        String role = switch (party.role()) {
            case "OPEN_PRESCHOOL" -> "För öppen förskola";
            case "PREVENTIVE_SOCIAL_SERVICES" -> "För socialtjänst (förebyggande)";
            case "MIDWIFE_CLINIC" -> "För mödrahälsovård";
            case "CHILD_HEALTH" -> "För barnhälsovård (BVC)";
            default -> "För";
        };
        return role + " " + described(party);
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

    static String partyLine(Party party) {
        String label = switch (party.role()) {
            case "CHILD_HEALTH" -> "Barnavårdscentral (BVC): ";
            case "MIDWIFE_CLINIC" -> "Barnmorskemottagning: ";
            case "PREVENTIVE_SOCIAL_SERVICES" -> "Socialtjänst, förebyggande verksamhet: ";
            case "OPEN_PRESCHOOL" -> "Öppen förskola: ";
            default -> "";
        };
        return label + described(party)
                + (party.organisationNumber() == null ? "" : ", organisationsnummer " + party.organisationNumber());
    }

    static String called(CentreFacts centre) {
        return (centre.kind() == CentreKind.FAMILY_CENTRE_LIKE ? "den familjecentralsliknande verksamheten "
                : "familjecentralen ") + centre.name();
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

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "____-__-__" : date.toString();
    }

    private static String hours(BigDecimal hours) {
        return hours == null ? "__" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
