package se.samverka.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/**
 * What classification looks at. A base operation takes part at most once, co-located or not (§8.4); other actors
 * are kept as given (§8.2):
 * <blockquote lang="sv">
 * Utöver basverksamheterna kan även andra samhällsaktörer ingå i samarbetet, som till exempel folktandvård,
 * bibliotek, föräldrastödsutvecklare, logoped, budgetrådgivning, psykologer för mödra- och barnhälsovård och
 * civila samhällets organisationer.
 * </blockquote>
 */
class CentreConfigurationTest {

    @ParameterizedTest(name = "{0} → {1} två gånger")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | listed twice
            BMM+ BMM+             | MIDWIFE_CLINIC
            BMM+ BMM-             | MIDWIFE_CLINIC
            BHV+ ÖF+ BHV-         | CHILD_HEALTH
            SOC- BMM+ BHV+ ÖF+ ÖF+ | OPEN_PRESCHOOL
            SOC- SOC-             | PREVENTIVE_SOCIAL_SERVICES
            """)
    void duplicateOperationRejected(String notation, BaseOperation twice) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Centres.parse(notation, false))
                .withMessage("Base operation listed twice: " + twice);
    }

    @ParameterizedTest(name = "{0}: {1} deltar: {2}, samlokaliserad: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | operation | participates | co-located
            BMM- BHV+             | BMM       | true         | false
            BMM- BHV+             | BHV       | true         | true
            BMM- BHV+             | ÖF        | false        | false
            BMM- BHV+             | SOC       | false        | false
            ''                    | BHV       | false        | false
            SOC+ ÖF-              | SOC       | true         | true
            SOC+ ÖF-              | ÖF        | true         | false
            """)
    void participationAndCoLocation(String notation, String abbreviation, boolean participates, boolean coLocated) {
        CentreConfiguration centre = Centres.parse(notation, false);
        BaseOperation operation = Centres.operation(abbreviation);

        assertThat(centre.participates(operation)).isEqualTo(participates);
        assertThat(centre.coLocated(operation)).isEqualTo(coLocated);
        assertThat(centre.participation(operation))
                .isEqualTo(participates ? Optional.of(new Participation(operation, coLocated)) : Optional.empty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # centre              | operations in the agreement's order
            SOC- ÖF+ BHV+ BMM-    | MIDWIFE_CLINIC CHILD_HEALTH OPEN_PRESCHOOL PREVENTIVE_SOCIAL_SERVICES
            SOC+ BMM-             | MIDWIFE_CLINIC PREVENTIVE_SOCIAL_SERVICES
            ÖF+ BHV-              | CHILD_HEALTH OPEN_PRESCHOOL
            ''                    | ''
            """)
    void operationsInTheAgreementsOrder(String notation, String operations) {
        CentreConfiguration centre = Centres.parse(notation, false);

        assertThat(centre.operations()).containsExactlyElementsOf(
                Centres.words(operations).stream().map(BaseOperation::valueOf).toList());
        centre.operations().clear();
        assertThat(centre.operations().stream().map(BaseOperation::name).toList())
                .isEqualTo(Centres.words(operations));
    }

    static Stream<Arguments> otherActors() {
        return Stream.of(
                argumentSet("inga", EnumSet.noneOf(OtherActor.class)),
                argumentSet("folktandvård", EnumSet.of(OtherActor.DENTAL)),
                argumentSet("bibliotek och logoped", EnumSet.of(OtherActor.LIBRARY, OtherActor.SPEECH_THERAPIST)),
                argumentSet("alla", EnumSet.allOf(OtherActor.class)));
    }

    @ParameterizedTest
    @MethodSource("otherActors")
    void otherActorsCopied(Set<OtherActor> given) {
        var source = EnumSet.copyOf(given);
        var centre = new CentreConfiguration(List.of(new Participation(BaseOperation.CHILD_HEALTH, true)), source,
                false);

        source.add(OtherActor.OTHER);
        source.remove(OtherActor.DENTAL);

        assertThat(centre.otherActors()).isEqualTo(given);
        assertThatThrownBy(() -> centre.otherActors().add(OtherActor.CIVIL_SOCIETY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BMM+ BHV+ ÖF+ SOC+", "BHV- ÖF+", "''"})
    void participationsCopied(String notation) {
        var source = new ArrayList<>(Centres.parse(notation, false).participations());
        var centre = new CentreConfiguration(source, Set.of(), false);

        source.add(new Participation(BaseOperation.CHILD_HEALTH, true));

        assertThat(centre).isEqualTo(Centres.parse(notation, false));
        assertThatThrownBy(() -> centre.participations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "prioriterat område: {0}")
    @CsvSource({"true", "false"})
    void ofHasNoOtherActors(boolean prioritisedArea) {
        var centre = CentreConfiguration.of(prioritisedArea, new Participation(BaseOperation.CHILD_HEALTH, true),
                new Participation(BaseOperation.OPEN_PRESCHOOL, false));

        assertThat(centre).isEqualTo(Centres.parse("BHV+ ÖF-", prioritisedArea));
        assertThat(centre.otherActors()).isEmpty();
        assertThat(centre.prioritisedArea()).isEqualTo(prioritisedArea);
    }

    @ParameterizedTest(name = "samlokaliserad: {0}")
    @CsvSource({"true", "false"})
    void participationNamesItsOperation(boolean coLocated) {
        assertThatNullPointerException().isThrownBy(() -> new Participation(null, coLocated));
    }
}
