package se.samverka.platform;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Checklist;
import se.samverka.rules.Classification;
import se.samverka.rules.Classifier;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Finding;
import se.samverka.rules.Governance;
import se.samverka.rules.LocalAgreementSection;
import se.samverka.rules.Participation;
import se.samverka.rules.SharedArea;
import se.samverka.rules.PlanState;
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.ConsentTerms;
import se.samverka.rules.DataSubject;
import se.samverka.rules.InformationKind;
import se.samverka.rules.ProposedDisclosure;
import se.samverka.rules.R12;
import se.samverka.rules.R13a;
import se.samverka.rules.SecrecyBreakingGround;
import se.samverka.rules.R14d;
import se.samverka.rules.R15a;
import se.samverka.rules.R15b;
import se.samverka.rules.R15c;
import se.samverka.rules.R15e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text the code or the templates ask for exists in Swedish, and every Swedish text in English. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?}");

    private final Texts texts = new Texts(messageSource());

    @Test
    void everyFindingReasonAndRequirementOfEveryConfigurationHasASwedishText() {
        Set<String> seen = new HashSet<>();
        for (CentreConfiguration centre : everyConfiguration()) {
            Classification classification = Classifier.classify(centre);
            for (Governance governance : governances(centre)) {
                Checklist.check(classification, centre, governance).forEach(f -> {
                    seen.add(f.code());
                    assertSentence(texts.finding(f));
                });
            }
            classification.reasons().forEach(r -> {
                seen.add(r.code());
                assertSentence(texts.reason(r));
            });
            Stream.concat(classification.missingForFamilyCentre().stream(),
                    classification.missingForFamilyCentreLike().stream()).forEach(r -> {
                seen.add(r.code());
                assertSentence(texts.requirement(r));
            });
        }
        assertThat(seen).hasSizeGreaterThan(20);
    }

    @Test
    void everyFindingOfTheLocalAgreementRulesHasASwedishText() {
        List<Finding> findings = new ArrayList<>();
        for (CentreKind kind : CentreKind.values()) {
            for (R15a.AgreementState state : R15a.AgreementState.values()) {
                findings.add(R15a.RULE.check(kind, state));
            }
        }
        findings.addAll(R15b.RULE.check(EnumSet.allOf(LocalAgreementSection.class)));
        findings.addAll(R15b.RULE.check(Set.of()));
        LocalDate start = LocalDate.of(2025, 1, 1);
        findings.addAll(R15c.RULE.check(start, LocalDate.of(2027, 12, 31), false, null));
        findings.addAll(R15c.RULE.check(start, LocalDate.of(2026, 12, 31), true, LocalDate.of(2028, 6, 30)));
        findings.addAll(R15c.RULE.check(start, LocalDate.of(2030, 1, 1), false, null));
        findings.addAll(R15e.RULE.everyOperationAParty(Set.of()));
        findings.addAll(R15e.RULE.everyOperationAParty(EnumSet.of(BaseOperation.OPEN_PRESCHOOL)));
        findings.addAll(R15e.RULE.everyOperationAParty(EnumSet.allOf(BaseOperation.class)));

        Set<String> codes = new HashSet<>();
        findings.forEach(f -> {
            codes.add(f.code());
            assertSentence(texts.finding(f));
        });
        assertThat(codes).hasSize(7 + 16 + 4 + 2);
        assertThat(texts.finding(R15e.RULE.everyOperationAParty(EnumSet.of(BaseOperation.OPEN_PRESCHOOL)).getFirst()))
                .startsWith("Öppen förskola ingår");
    }

    @Test
    void everyFindingOfTheSharedPremisesRuleHasASwedishText() {
        List<Finding> findings = new ArrayList<>(R14d.RULE.check(Set.of()));
        findings.addAll(R14d.RULE.check(EnumSet.allOf(SharedArea.class)));

        assertThat(findings).hasSize(5);
        findings.forEach(f -> assertSentence(texts.finding(f)));
    }

    @Test
    void everyFindingOfTheOperationalPlanRuleHasASwedishText() {
        List<Finding> findings = List.of(
                R12.RULE.check(2026, PlanState.none(2026)),
                R12.RULE.check(2026, new PlanState(2026, true, false, false)),
                R12.RULE.check(2026, new PlanState(2026, true, true, false)),
                R12.RULE.check(2027, new PlanState(2026, true, true, false)),
                R12.RULE.check(2027, new PlanState(2026, true, true, true)));

        assertThat(findings).extracting(Finding::code).doesNotHaveDuplicates();
        findings.forEach(f -> assertSentence(texts.finding(f)));
    }

    @Test
    void everyReasonOfTheDisclosureDecisionHasASwedishText() {
        var codes = new java.util.TreeSet<String>();
        LocalDate start = LocalDate.of(2026, 6, 1);
        for (DataSubject subject : DataSubject.values()) {
            for (Set<ConsentGiver> givers : List.of(Set.of(ConsentGiver.SELF), Set.of(ConsentGiver.CUSTODIAN_1),
                    Set.of(ConsentGiver.CUSTODIAN_2), EnumSet.allOf(ConsentGiver.class))) {
                for (LocalDate on : List.of(start.minusDays(1), start, start.plusYears(1))) {
                    var consent = ConsentTerms.between(Set.of(BaseOperation.CHILD_HEALTH),
                            Set.of(BaseOperation.MIDWIFE_CLINIC), Set.of(InformationKind.HEALTH), givers, start,
                            start.plusMonths(6), start.plusMonths(1));
                    for (InformationKind kind : InformationKind.values()) {
                        var disclosure = new ProposedDisclosure(on, BaseOperation.OPEN_PRESCHOOL,
                                BaseOperation.PREVENTIVE_SOCIAL_SERVICES, kind, subject);
                        for (var consents : List.of(List.<ConsentTerms>of(), List.of(consent))) {
                            R13a.RULE.decide(disclosure, consents, Optional.empty()).reasons()
                                    .forEach(reason -> codes.add(reason.code()));
                        }
                        R13a.RULE.decide(new ProposedDisclosure(start, BaseOperation.CHILD_HEALTH,
                                        BaseOperation.MIDWIFE_CLINIC, InformationKind.HEALTH, subject),
                                List.of(consent), Optional.empty()).reasons().forEach(reason -> codes.add(reason.code()));
                        for (String reason : List.of("", "skäl")) {
                            R13a.RULE.decide(disclosure, List.of(), Optional.of(new SecrecyBreakingGround("OSL_10_2",
                                    reason))).reasons().forEach(r -> codes.add(r.code()));
                        }
                    }
                }
            }
        }

        assertThat(codes).hasSize(15);
        codes.forEach(code -> assertSentence(texts.message("disclosure." + code, 1, start, start, start, "a", "b",
                "c", start, "OSL 10 kap. 2 §")));
        for (InformationKind kind : InformationKind.values()) {
            assertThat(texts.message("information-kind." + kind.name())).isNotBlank();
        }
    }

    @Test
    void everyFindingOfTheMeetingRulesHasASwedishText() {
        LocalDate day = LocalDate.of(2026, 12, 31);
        List<Finding> findings = List.of(
                se.samverka.rules.R9.RULE.check(java.math.BigDecimal.TWO, java.math.BigDecimal.TEN, 5),
                se.samverka.rules.R9.RULE.check(java.math.BigDecimal.TWO, java.math.BigDecimal.ONE, 5),
                se.samverka.rules.R9.RULE.check(java.math.BigDecimal.TWO, java.math.BigDecimal.ZERO, 0),
                se.samverka.rules.R9.RULE.check(null, java.math.BigDecimal.ZERO, 5),
                se.samverka.rules.R9.RULE.withoutAgreement(),
                se.samverka.rules.R11_1c.RULE.check(4, 4, day),
                se.samverka.rules.R11_1c.RULE.check(4, 0, day),
                se.samverka.rules.R11_1c.RULE.check(null, 0, day),
                se.samverka.rules.R11_1c.RULE.withoutAgreement(),
                se.samverka.rules.RB3c.RULE.check(true, java.math.BigDecimal.TEN, 3),
                se.samverka.rules.RB3c.RULE.check(true, java.math.BigDecimal.ONE, 3),
                se.samverka.rules.RB3c.RULE.check(true, java.math.BigDecimal.ONE, 1),
                se.samverka.rules.RB3c.RULE.check(false, java.math.BigDecimal.ONE, 3));

        assertThat(findings.stream().map(Finding::code).distinct()).hasSize(13);
        findings.forEach(f -> assertSentence(texts.finding(f)));
    }

    @Test
    void everyFindingOfTheActivityReportRuleHasASwedishText() {
        List<Finding> findings = List.of(
                se.samverka.rules.R11_2b.RULE.check(2026, se.samverka.rules.ReportState.none(2025)),
                se.samverka.rules.R11_2b.RULE.check(2026, new se.samverka.rules.ReportState(2025, true, false)),
                se.samverka.rules.R11_2b.RULE.check(2026, new se.samverka.rules.ReportState(2025, true, true)));

        assertThat(findings).extracting(Finding::code).doesNotHaveDuplicates();
        findings.forEach(f -> assertSentence(texts.finding(f)));
    }

    @Test
    void everyMessageKeyInTheTemplatesExistsInSwedish() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Pattern key = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9._-]*)[}(]");
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = key.matcher(Files.readString(template));
                while (matcher.find()) {
                    checked++;
                    if (!swedish.containsKey(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRefusalInTheCodeHasASwedishText() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Pattern key = Pattern.compile("Refusal(?:\\.absent)?\\(\"([^\"]+)\"|\"([a-z]+\\.refused\\.[a-z-]+)\"");
        Set<String> keys = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(keys).allSatisfy(k -> assertThat(swedish).containsKey(k));
        assertThat(swedish).containsKeys("change.stale.form", "change.stale.page", "change.stale.unknown.form",
                "change.stale.unknown.page");
    }

    @Test
    void everySwedishTextHasAnEnglishOneAndNoMore() throws IOException {
        Set<String> swedish = load("messages_sv.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(swedish).hasSizeGreaterThan(1000);
        assertThat(difference(swedish, english)).as("keys in messages_sv but not in messages_en").isEmpty();
        assertThat(difference(english, swedish)).as("keys in messages_en but not in messages_sv").isEmpty();
        assertThat(load("messages.properties")).as("the base bundle stays empty so a missing Swedish text shows").isEmpty();
    }

    @Test
    void theEnglishTextsHaveTheSamePlaceholdersAsTheSwedish() throws IOException {
        Properties swedish = load("messages_sv.properties");
        Properties english = load("messages_en.properties");
        List<String> differing = new ArrayList<>();
        for (String key : swedish.stringPropertyNames()) {
            if (english.containsKey(key)
                    && !placeholders(swedish.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
                differing.add(key + ": " + placeholders(swedish.getProperty(key)) + " / "
                        + placeholders(english.getProperty(key)));
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void noTextWithPlaceholdersLosesAnApostropheToMessageFormat() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String bundle : List.of("messages_sv.properties", "messages_en.properties")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!placeholders(text).isEmpty() && text.replace("''", "").contains("'")) {
                    broken.add(bundle + ": " + key);
                }
            }
        }
        assertThat(broken).as("a single ' starts a quoted literal in MessageFormat; write '' or ’").isEmpty();
    }

    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : List.of("messages_sv.properties", "messages_en.properties")) {
            Properties texts = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    assertThat(containsKey(key)).as(bundle + ": " + key + " twice; the later text would win").isFalse();
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessagesTest.class.getResourceAsStream("/" + bundle)) {
                texts.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void anEnglishTextIsFormattedWithItsArguments() {
        var english = messageSource();
        assertThat(english.getMessage("proposal.coordinator", new Object[]{"Borås Stad", "Anna Berg", 50, "2026-11-30"},
                java.util.Locale.ENGLISH))
                .isEqualTo("Borås Stad employs the coordinator Anna Berg at 50 % (the steering group’s decision of 2026-11-30).");
        assertThat(english.getMessage("economy.title", new Object[]{"Familjecentralen Solrosen", 2026}, java.util.Locale.ENGLISH))
                .isEqualTo("Shared costs 2026 – Familjecentralen Solrosen");
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        var rest = new java.util.TreeSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    private void assertSentence(String text) {
        assertThat(text).isNotBlank().doesNotContain("{").doesNotContain("??");
        assertThat(Character.isUpperCase(text.charAt(0))).as(text).isTrue();
    }

    private static List<CentreConfiguration> everyConfiguration() {
        var configurations = new ArrayList<CentreConfiguration>();
        BaseOperation[] operations = BaseOperation.values();
        int states = (int) Math.pow(3, operations.length);
        for (int code = 0; code < states; code++) {
            var participations = new ArrayList<Participation>();
            int rest = code;
            for (BaseOperation operation : operations) {
                int state = rest % 3;
                rest /= 3;
                if (state > 0) {
                    participations.add(new Participation(operation, state == 2));
                }
            }
            for (boolean prioritised : new boolean[]{false, true}) {
                configurations.add(new CentreConfiguration(participations, Set.of(), prioritised));
            }
        }
        return configurations;
    }

    private static List<Governance> governances(CentreConfiguration centre) {
        return List.of(Governance.none(),
                new Governance(true, Set.of(), null),
                new Governance(true, EnumSet.allOf(BaseOperation.class), new Governance.CoordinatorFacts(50, true)),
                new Governance(true, centre.operations(), new Governance.CoordinatorFacts(100, false)));
    }

    private static ResourceBundleMessageSource messageSource() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
