package se.samverka.agreement;

import org.junit.jupiter.api.Test;
import se.samverka.rules.CentreKind;
import se.samverka.rules.LocalAgreementSection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreements' wording from their text templates, without Spring: what the parties sign must read right. */
class ContractTemplatesTest {

    private static final ContractTemplates TEMPLATES = new ContractTemplates();
    private static final CentreFacts SOLROSEN = new CentreFacts(1, "Familjecentralen Solrosen",
            "Angereds torg 5, 424 65 Angered", CentreKind.FAMILY_CENTRE);
    private static final CentreFacts KLINTEN = new CentreFacts(2, "Blåklinten", "Storgatan 1, 503 30 Borås",
            CentreKind.FAMILY_CENTRE_LIKE);
    private static final List<Party> PARTIES = List.of(
            Party.of("MIDWIFE_CLINIC", "Barnmorskemottagningen Angered", "Västra Götalandsregionen", "232100-0131",
                    "Regionhälsan"),
            Party.of("CHILD_HEALTH", "BVC Angered", "Västra Götalandsregionen", "232100-0131", "Primärvården"),
            Party.of("OPEN_PRESCHOOL", "Öppna förskolan Solrosen", "Göteborgs Stad", "212000-1035", null),
            Party.of("PREVENTIVE_SOCIAL_SERVICES", "Förebyggande socialtjänst Angered", "Göteborgs Stad",
                    "212000-1035", "Socialförvaltningen Nordost"));
    private static final Terms TERMS = new Terms(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), 12, 6,
            new BigDecimal("4.5"), 6, true, true, false, false, null, null, null, null);

    @Test
    void theCentreIsNamedOnceAndAsWhatItIs() {
        Map<LocalAgreementSection, String> solrosen = bodies(SOLROSEN, texts());
        assertThat(solrosen.get(LocalAgreementSection.PARTIES_AND_LOCATION))
                .contains("Familjecentralen Solrosen är lokaliserad på Angereds torg 5, 424 65 Angered.",
                        "betecknas verksamheten som en familjecentral.",
                        "Utåt mot befolkningen kallas verksamheten för Familjecentralen Solrosen.",
                        "- Barnmorskemottagning: Barnmorskemottagningen Angered, Regionhälsan, Västra Götalandsregionen, "
                                + "organisationsnummer 232100-0131\n- Barnavårdscentral (BVC): BVC Angered")
                .doesNotContainIgnoringCase("familjecentralen familjecentralen");

        Map<LocalAgreementSection, String> klinten = bodies(KLINTEN, texts());
        assertThat(klinten.get(LocalAgreementSection.PARTIES_AND_LOCATION))
                .contains("Den familjecentralsliknande verksamheten Blåklinten är lokaliserad på Storgatan 1",
                        "betecknas verksamheten som en familjecentralsliknande verksamhet.",
                        "kallas verksamheten för familjecentralen Blåklinten.");
    }

    @Test
    void fillsInTheTermsAndWhatThePartiesWroteAsTheirOwnParagraphs() {
        Map<TextKey, String> texts = texts();
        texts.put(TextKey.LOCAL_GOALS, "Fler föräldrar i föräldragrupper.\n\n- Minst 60 procent\n- Alla familjer");
        Map<LocalAgreementSection, String> bodies = bodies(SOLROSEN, texts);
        assertThat(bodies.get(LocalAgreementSection.TERM)).isEqualTo("""
                Avtalet gäller under perioden 2027-01-01 – 2030-12-31 med möjlighet till 12 månaders förlängning. \
                Förlängningen ska vara skriftlig och beslutad av samtliga avtalsparter.

                Uppsägning av avtalet för upphörande eller omförhandling ska meddelas övriga parter skriftligen med \
                sex månaders varsel, det vill säga senast 2030-06-30 inför avtalets slut.""");
        assertThat(bodies.get(LocalAgreementSection.CENTRE_PURPOSE_AND_GOALS)).startsWith(
                "## Familjecentralens övergripande uppdrag och mål\n\nSe Samverkansavtal")
                .endsWith("utvärdering.\n\nFler föräldrar i föräldragrupper.\n\n- Minst 60 procent\n- Alla familjer");
        assertThat(bodies.get(LocalAgreementSection.JOINT_RESPONSIBILITY)).contains("avsätts 4,5 timmar/månad.");
        assertThat(bodies.get(LocalAgreementSection.STEERING_GROUP))
                .contains("Styrgruppen sammanträder med samordnaren 6 gånger per år.");
        assertThat(bodies.get(LocalAgreementSection.SIGNATURES)).isEqualTo("Detta avtal är upprättat i ett "
                + "elektroniskt original som undertecknas elektroniskt i Samverka av samtliga fyra parter och därefter "
                + "förseglas. Varje part har tillgång till det förseglade originalet.");
        assertThat(bodies).containsKey(LocalAgreementSection.FIRE_SAFETY)
                .doesNotContainKeys(LocalAgreementSection.THREATS_AND_VIOLENCE, LocalAgreementSection.INSURANCE);
    }

    @Test
    void aMandatorySectionLeftEmptyIsMarkedAndWhatThePartiesWriteCannotStartASection() {
        Map<TextKey, String> texts = texts();
        texts.remove(TextKey.STAFF_GROUP);
        texts.put(TextKey.LOCAL_GOALS, "§§ TERM\nAvtalet gäller för alltid.");
        Map<LocalAgreementSection, String> bodies = bodies(SOLROSEN, texts);
        assertThat(bodies.get(LocalAgreementSection.STAFF_GROUP)).isEqualTo("[Ej ifyllt. Avsnittet ska finnas med i "
                + "avtalet och måste fyllas i innan avtalet kan skickas för underskrift.]");
        assertThat(bodies.get(LocalAgreementSection.CENTRE_PURPOSE_AND_GOALS))
                .endsWith("§§ TERM Avtalet gäller för alltid.");
        assertThat(bodies.get(LocalAgreementSection.TERM)).startsWith("Avtalet gäller under perioden 2027-01-01");
    }

    @Test
    void aUsageRightLeavesOutTheSectionsThePartiesLeftEmptyAndNumbersTheRest() {
        Party grantor = Party.of(Party.GRANTOR, "Öppna förskolan Solrosen", "Göteborgs Stad", "212000-1035", null);
        Party user = Party.of(Party.USER, "BVC Angered", "Västra Götalandsregionen", "232100-0131", null);
        Terms terms = new Terms(LocalDate.of(2025, 1, 1), null, null, 6, null, null, true, false, false, false,
                "Gemensamma ytor om 140 kvm.", new BigDecimal("40"), 4_200_000L, CompensationPeriod.QUARTER);
        List<ComposedSection> sections = UsageRightTemplate.compose(TEMPLATES, SOLROSEN, terms,
                new EnumMap<>(UsageRightTemplate.EXAMPLES), List.of(grantor, user));
        assertThat(sections).extracting(s -> s.number() + ". " + s.heading()).containsExactly(
                "1. Avtalsparter och lokalisering", "2. Nyttjanderättens omfattning och ändamål",
                "3. Nyttjanderättsperiod, uppsägningstid och förlängningstid", "4. Ersättning för upplåtelsen",
                "5. Överlåtelse av nyttjanderätten", "6. Nedsättning av ersättningsbeloppet",
                "7. Hävning av nyttjanderätten", "8. Force Majeure", "9. Ändringar och tillägg till nyttjanderätten",
                "10. Underskrift");
        String text = String.join("\n\n", sections.stream().map(ComposedSection::body).toList());
        assertThat(text).contains(
                "(1) Öppna förskolan Solrosen, Göteborgs Stad, organisationsnummer 212000-1035 (Upplåtaren) och",
                "(2) BVC Angered, Västra Götalandsregionen, organisationsnummer 232100-0131 (Nyttjaren)",
                "Öppna förskolan Solrosen upplåter härmed nyttjanderätten avseende Familjecentralen Solrosen på "
                        + "adressen Angereds torg 5, 424 65 Angered till BVC Angered på nedanstående villkor.",
                "omfattar Gemensamma ytor om 140 kvm.", "Nyttjarens andel av familjecentralens lokaler är 40 procent.",
                "Avtalet gäller fr.o.m. 2025-01-01 och tills vidare.",
                "efter sex månader från uppsägningen. Uppsägningen ska vara skriftlig.",
                "ersätts med 42\u00a0000,00 kronor per kvartal.",
                "Detta avtal har upprättats i ett elektroniskt original som båda parter undertecknar elektroniskt")
                .doesNotContain("RB2a", "likalydande", "/*[-", "Upplåtarens åtaganden");
    }

    private static Map<LocalAgreementSection, String> bodies(CentreFacts centre, Map<TextKey, String> texts) {
        Map<LocalAgreementSection, String> bodies = new EnumMap<>(LocalAgreementSection.class);
        CooperationTemplate.compose(TEMPLATES, centre, TERMS, texts, PARTIES, null)
                .forEach(section -> bodies.put(section.section(), section.body()));
        return bodies;
    }

    private static Map<TextKey, String> texts() {
        Map<TextKey, String> texts = new EnumMap<>(TextKey.class);
        texts.put(TextKey.LOCAL_GOALS, "Fler föräldrar ska delta i föräldragrupper.");
        texts.put(TextKey.STEERING_GROUP, "Styrgruppen består av närmaste chef för varje basverksamhet.");
        texts.put(TextKey.COORDINATOR, "Samordnaren arbetar 50 procent.");
        texts.put(TextKey.STAFF_GROUP, "Barnmorskor, BVC-sjuksköterskor, förskollärare och socionomer.");
        texts.put(TextKey.COORDINATOR_COST, "Kostnaden delas lika.");
        return texts;
    }
}
