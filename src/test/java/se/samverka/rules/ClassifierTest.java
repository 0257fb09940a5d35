package se.samverka.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * The whole classification (§8.2–8.4, footnote 21, Bilaga 3): kind, the rules that decided it, what is missing
 * for each kind, the reasons and the classification's lines of the checklist. Other actors never count.
 */
class ClassifierTest {

    static final String AGREEMENT = """
            En familjecentral är en samlokaliserad verksamhet som minst består av barnmorskemottagning, \
            barnhälsovård, öppen förskola och socialtjänst med inriktning mot förebyggande arbete.
            Utöver basverksamheterna kan även andra samhällsaktörer ingå i samarbetet, som till exempel \
            folktandvård, bibliotek, föräldrastödsutvecklare, logoped, budgetrådgivning, psykologer för mödra- och \
            barnhälsovård och civila samhällets organisationer.
            En familjecentralsliknande verksamhet är en verksamhet med samverkan mellan minst tre av \
            basverksamheterna. Barnhälsovård och öppen förskola ska ingå i samverkan samt ytterligare minst en av \
            de återstående basverksamheterna. Barnhälsovården ska vara samlokaliserad med minst en av de kommunala \
            verksamheterna (öppen förskola och/eller förebyggande socialtjänst).
            Utöver familjecentraler och familjecentralsliknande verksamheter kan annan avtalsbunden samverkan \
            tecknas som inte faller inom ramen för ovanstående definitioner. Dessa samverkansformer omfattas inte av \
            detta avtal.
            Inget krav på samlokalisering i övriga områden som inte är socioekonomiskt prioriterade, utan i dessa \
            fall sker samverkan med övriga verksamheter genom lokala samverkansavtal för familjecentralsliknande \
            verksamhet.
            """;

    @ParameterizedTest(name = "{0} (prioriterat område: {1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | prioritised | kind               | rule ids               | reasons
            BMM+ BHV+ ÖF+ SOC+    | false       | FAMILY_CENTRE      | R8.2                   | R8.2.met
            BMM+ BHV+ ÖF+ SOC+    | true        | FAMILY_CENTRE      | R8.2                   | R8.2.met
            BMM- BHV+ ÖF+ SOC+    | false       | FAMILY_CENTRE_LIKE | R8.3a R8.3b RB3a       | R8.3a.met R8.3b.met R8.2.not-met[BMM] RB3a.midwife-not-co-located[BMM]
            BMM- BHV+ ÖF+ SOC+    | true        | FAMILY_CENTRE_LIKE | R8.3a R8.3b            | R8.3a.met R8.3b.met R8.2.not-met[BMM]
            BMM+ BHV+ ÖF+ SOC-    | true        | FAMILY_CENTRE_LIKE | R8.3a R8.3b            | R8.3a.met R8.3b.met R8.2.not-met[SOC]
            BMM- BHV+ ÖF+         | false       | FAMILY_CENTRE_LIKE | R8.3a R8.3b RB3a       | R8.3a.met R8.3b.met R8.2.not-met[BMM/SOC] RB3a.midwife-not-co-located[BMM]
            BHV+ ÖF+ SOC-         | false       | FAMILY_CENTRE_LIKE | R8.3a R8.3b            | R8.3a.met R8.3b.met R8.2.not-met[BMM/SOC]
            BHV+ ÖF- SOC+         | false       | FAMILY_CENTRE_LIKE | R8.3a R8.3b            | R8.3a.met R8.3b.met R8.2.not-met[BMM/ÖF]
            BMM+ ÖF+ SOC+         | false       | NOT_COVERED        | R8.3c R8.3a R8.3b      | R8.3c.not-covered
            BHV+ ÖF- BMM+         | false       | NOT_COVERED        | R8.3c R8.3b            | R8.3c.not-covered
            BMM+ BHV+ ÖF- SOC-    | true        | NOT_COVERED        | R8.3c R8.3b            | R8.3c.not-covered
            BMM+ BHV- ÖF+ SOC+    | false       | NOT_COVERED        | R8.3c R8.3b            | R8.3c.not-covered
            BMM- BHV- ÖF- SOC-    | false       | NOT_COVERED        | R8.3c R8.3b RB3a       | R8.3c.not-covered RB3a.midwife-not-co-located[BMM]
            BHV+ ÖF+              | false       | NOT_COVERED        | R8.3c R8.3a            | R8.3c.not-covered
            BHV+ SOC+             | false       | NOT_COVERED        | R8.3c R8.3a            | R8.3c.not-covered
            BHV+                  | false       | NOT_COVERED        | R8.3c R8.3a R8.3b      | R8.3c.not-covered
            ''                    | false       | NOT_COVERED        | R8.3c R8.3a R8.3b      | R8.3c.not-covered
            ''                    | true        | NOT_COVERED        | R8.3c R8.3a R8.3b      | R8.3c.not-covered
            """)
    void kindRulesAndReasons(String notation, boolean prioritisedArea, CentreKind kind, String ruleIds,
                             String reasons) {
        Classification classification = Classifier.classify(Centres.parse(notation, prioritisedArea));

        assertThat(classification.kind()).isEqualTo(kind);
        assertThat(classification.ruleIds()).containsExactlyElementsOf(Centres.words(ruleIds));
        assertThat(Centres.describe(classification.reasons())).isEqualTo(reasons);
    }

    @ParameterizedTest(name = "{0} → saknas för familjecentralsliknande: [{1}], för familjecentral: [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | missing for FAMILY_CENTRE_LIKE                                                                                                                  | missing for FAMILY_CENTRE
            BMM+ BHV+ ÖF+ SOC+    | ''                                                                                                                                              | ''
            BMM- BHV+ ÖF+ SOC+    | ''                                                                                                                                              | R8.2.co-locate[BMM]
            BHV+ ÖF+ SOC-         | ''                                                                                                                                              | R8.2.participate[BMM] R8.2.co-locate[SOC]
            BMM+ ÖF+ SOC+         | R8.3a.participate[BHV] R8.3b.co-locate-child-health[BHV]                                                                                        | R8.2.participate[BHV]
            BHV+ ÖF- BMM+         | R8.3b.co-locate-municipal[ÖF/SOC]                                                                                                               | R8.2.co-locate[ÖF] R8.2.participate[SOC]
            BMM+ BHV+ ÖF- SOC-    | R8.3b.co-locate-municipal[ÖF/SOC]                                                                                                               | R8.2.co-locate[ÖF] R8.2.co-locate[SOC]
            BMM+ BHV- ÖF+ SOC+    | R8.3b.co-locate-child-health[BHV]                                                                                                               | R8.2.co-locate[BHV]
            BMM- BHV- ÖF- SOC-    | R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC]                                                                             | R8.2.co-locate[BMM] R8.2.co-locate[BHV] R8.2.co-locate[ÖF] R8.2.co-locate[SOC]
            BHV+ ÖF+              | R8.3a.participate-any[BMM/SOC]                                                                                                                  | R8.2.participate[BMM] R8.2.participate[SOC]
            BHV+ SOC+             | R8.3a.participate[ÖF]                                                                                                                           | R8.2.participate[BMM] R8.2.participate[ÖF]
            BHV+                  | R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC] R8.3b.co-locate-municipal[ÖF/SOC]                                                          | R8.2.participate[BMM] R8.2.participate[ÖF] R8.2.participate[SOC]
            ''                    | R8.3a.participate[BHV] R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC] R8.3b.co-locate-child-health[BHV] R8.3b.co-locate-municipal[ÖF/SOC] | R8.2.participate[BMM] R8.2.participate[BHV] R8.2.participate[ÖF] R8.2.participate[SOC]
            """)
    void missingForEachKind(String notation, String missingForFamilyCentreLike, String missingForFamilyCentre) {
        for (boolean prioritisedArea : List.of(false, true)) {
            Classification classification = Classifier.classify(Centres.parse(notation, prioritisedArea));

            assertThat(Centres.describe(classification.missingForFamilyCentreLike()))
                    .isEqualTo(missingForFamilyCentreLike);
            assertThat(Centres.describe(classification.missingForFamilyCentre())).isEqualTo(missingForFamilyCentre);
        }
    }

    @ParameterizedTest(name = "{0} (prioriterat område: {1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | prioritised | checklist lines                                                                                 | deficiencies (NOT_MET, REQUIREMENT)                       | county follow-up
            BMM+ BHV+ ÖF+ SOC+    | false       | R8.3a.met R8.3b.met RB3b.not-prioritised                                                        | ''                                                        | ''
            BMM+ BHV+ ÖF+ SOC+    | true        | R8.3a.met R8.3b.met RB3b.met[BMM]                                                               | ''                                                        | ''
            BMM- BHV+ ÖF+ SOC+    | false       | R8.3a.met R8.3b.met RB3b.not-prioritised                                                        | ''                                                        | ''
            BMM- BHV+ ÖF+ SOC+    | true        | R8.3a.met R8.3b.met RB3b.not-met[BMM]                                                           | ''                                                        | RB3b.not-met[BMM]
            BHV+ ÖF- BMM+         | false       | R8.3a.met R8.3b.co-locate-municipal[ÖF/SOC] RB3b.not-prioritised                                | R8.3b.co-locate-municipal[ÖF/SOC]                         | ''
            BMM+ ÖF+ SOC+         | false       | R8.3a.participate[BHV] R8.3b.co-locate-child-health[BHV] RB3b.not-prioritised                   | R8.3a.participate[BHV] R8.3b.co-locate-child-health[BHV]  | ''
            BHV+ ÖF+              | true        | R8.3a.participate-any[BMM/SOC] R8.3b.met RB3b.not-met[BMM]                                      | R8.3a.participate-any[BMM/SOC]                            | RB3b.not-met[BMM]
            """)
    void checklistLines(String notation, boolean prioritisedArea, String lines, String deficiencies,
                        String countyFollowUp) {
        List<Finding> findings = Classifier.classify(Centres.parse(notation, prioritisedArea)).findings();

        assertThat(Centres.describe(findings)).isEqualTo(lines);
        assertThat(Centres.describe(findings.stream()
                .filter(f -> f.deficient() && f.severity() == Severity.REQUIREMENT).toList())).isEqualTo(deficiencies);
        assertThat(Centres.describe(findings.stream().filter(Finding::countyFollowUp).toList()))
                .isEqualTo(countyFollowUp);
    }

    static Stream<Arguments> onlyTheMidwifeClinicElsewhere() {
        var followUp = new Finding("RB3b", "Bilaga 3", Severity.RECOMMENDATION, Outcome.NOT_MET, "RB3b.not-met",
                Set.of(BaseOperation.MIDWIFE_CLINIC), true);
        return Stream.of(
                argumentSet("utanför prioriterat område: familjecentralsliknande, RB3a, ingen brist", false,
                        List.of("RB3a.midwife-not-co-located[BMM]"), List.of()),
                argumentSet("i prioriterat område: familjecentralsliknande, RB3b till länets uppföljning", true,
                        List.of(), List.of(followUp)));
    }

    @ParameterizedTest
    @MethodSource
    void onlyTheMidwifeClinicElsewhere(boolean prioritisedArea, List<String> rb3aReasons,
                                       List<Finding> notMet) {
        Classification classification = Classifier.classify(Centres.parse("BMM- BHV+ ÖF+ SOC+", prioritisedArea));

        assertThat(classification.kind()).isEqualTo(CentreKind.FAMILY_CENTRE_LIKE);
        assertThat(classification.reasons().stream().filter(r -> r.ruleId().equals("RB3a")).map(Centres::describe))
                .containsExactlyElementsOf(rb3aReasons);
        assertThat(classification.findings().stream().filter(Finding::deficient)).containsExactlyElementsOf(notMet);
        assertThat(classification.missingForFamilyCentreLike()).isEmpty();
    }

    static Stream<Arguments> otherActorsNeverCount() {
        var centres = List.of("BHV+ ÖF+", "BHV+ ÖF-", "BMM+ BHV+", "BHV+ ÖF+ SOC-", "BMM- BHV+ ÖF+ SOC+",
                "BMM+ BHV+ ÖF+ SOC+", "");
        var cases = new ArrayList<Arguments>();
        for (String centre : centres) {
            for (boolean prioritisedArea : List.of(false, true)) {
                for (OtherActor actor : OtherActor.values()) {
                    cases.add(argumentSet("\"" + centre + "\" + " + actor + (prioritisedArea ? ", prioriterat" : ""),
                            centre, prioritisedArea, EnumSet.of(actor)));
                }
                cases.add(argumentSet("\"" + centre + "\" + alla andra samhällsaktörer"
                        + (prioritisedArea ? ", prioriterat" : ""), centre, prioritisedArea,
                        EnumSet.allOf(OtherActor.class)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource
    void otherActorsNeverCount(String notation, boolean prioritisedArea, Set<OtherActor> otherActors) {
        Classification without = Classifier.classify(Centres.parse(notation, prioritisedArea));
        Classification with = Classifier.classify(Centres.parse(notation, prioritisedArea, otherActors));

        assertThat(with.kind()).isEqualTo(without.kind());
        assertThat(with.missingForFamilyCentreLike()).isEqualTo(without.missingForFamilyCentreLike());
        assertThat(with.missingForFamilyCentre()).isEqualTo(without.missingForFamilyCentre());
        assertThat(with).isEqualTo(without);
    }

    @ParameterizedTest(name = "{0} + alla andra samhällsaktörer → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre  | kind         | missing for FAMILY_CENTRE_LIKE
            BHV+ ÖF+  | NOT_COVERED  | R8.3a.participate-any[BMM/SOC]
            BHV+      | NOT_COVERED  | R8.3a.participate[ÖF] R8.3a.participate-any[BMM/SOC] R8.3b.co-locate-municipal[ÖF/SOC]
            """)
    void otherActorsDoNotMakeUpTheMinimumOfThree(String notation, CentreKind kind, String missing) {
        Classification classification = Classifier.classify(
                Centres.parse(notation, false, EnumSet.allOf(OtherActor.class)));

        assertThat(classification.kind()).isEqualTo(kind);
        assertThat(Centres.describe(classification.missingForFamilyCentreLike())).isEqualTo(missing);
    }

    @ParameterizedTest(name = "{0} → {1}, saknas: [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | next kind          | missing for next kind
            BMM+ BHV+ ÖF+ SOC+    | FAMILY_CENTRE      | ''
            BMM- BHV+ ÖF+ SOC+    | FAMILY_CENTRE      | R8.2.co-locate[BMM]
            BHV+ ÖF+              | FAMILY_CENTRE_LIKE | R8.3a.participate-any[BMM/SOC]
            """)
    void nextKind(String notation, CentreKind nextKind, String missing) {
        Classification classification = Classifier.classify(Centres.parse(notation, false));

        assertThat(classification.nextKind()).isEqualTo(nextKind);
        assertThat(Centres.describe(classification.missingForNextKind())).isEqualTo(missing);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # requirement code              | rule  | need
            R8.2.participate                | R8.2  | PARTICIPATE
            R8.2.co-locate                  | R8.2  | CO_LOCATE
            R8.3a.participate               | R8.3a | PARTICIPATE
            R8.3a.participate-any           | R8.3a | PARTICIPATE
            R8.3b.co-locate-child-health    | R8.3b | CO_LOCATE
            R8.3b.co-locate-municipal       | R8.3b | CO_LOCATE
            """)
    void everyRequirementCodeBelongsToOneRuleAndNeed(String code, String ruleId, Requirement.Need need) {
        List<Requirement> withCode = everyCentre()
                .map(Classifier::classify)
                .flatMap(c -> Stream.concat(c.missingForFamilyCentre().stream(),
                        c.missingForFamilyCentreLike().stream()))
                .filter(requirement -> requirement.code().equals(code))
                .toList();

        assertThat(withCode).isNotEmpty().allSatisfy(requirement -> {
            assertThat(requirement.ruleId()).isEqualTo(ruleId);
            assertThat(requirement.need()).isEqualTo(need);
        });
    }

    /** Every combination of absent, co-located and elsewhere for the four operations, in either kind of area. */
    private static Stream<CentreConfiguration> everyCentre() {
        var notations = List.of("");
        for (BaseOperation operation : BaseOperation.values()) {
            String abbreviation = Centres.abbreviation(operation);
            notations = notations.stream()
                    .flatMap(n -> Stream.of(n, n + " " + abbreviation + "+", n + " " + abbreviation + "-"))
                    .toList();
        }
        return notations.stream().flatMap(n -> Stream.of(Centres.parse(n, false), Centres.parse(n, true)));
    }
}
