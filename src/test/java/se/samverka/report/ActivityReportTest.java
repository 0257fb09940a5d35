package se.samverka.report;

import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import se.samverka.platform.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An activity report on its own, without Spring or a database: compiled from the facts, edited section by section,
 * the facts written anew only over the sections of facts, adopted once when no section is blank, and then never
 * changed.
 */
class ActivityReportTest {

    private static final Instant COMPILED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void compilingWritesTheFactsAndLeavesTheUsersOwnSectionEmpty() {
        ActivityReport report = compiled();
        assertThat(report.text(ReportSection.ABOUT)).isEqualTo("Familjecentralen Solrosen");
        assertThat(report.text(ReportSection.NEXT_YEAR)).isEmpty();
        assertThat(report.blank()).containsExactly(ReportSection.NEXT_YEAR);
        assertThat(report.edited()).isEmpty();
        assertThat(report.factsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(report.adopted()).isFalse();
    }

    @Test
    void anEditReplacesOnlyTheSectionsGivenAndSaysWhichChanged() {
        ActivityReport report = compiled();
        assertThat(report.edit(Map.of(ReportSection.ABOUT, "Familjecentralen Solrosen i Borås",
                ReportSection.GOALS, "Mål", ReportSection.NEXT_YEAR, "Fler öppna träffar"), 0))
                .containsExactlyInAnyOrder(ReportSection.ABOUT, ReportSection.NEXT_YEAR);
        assertThat(report.text(ReportSection.ABOUT)).isEqualTo("Familjecentralen Solrosen i Borås");
        assertThat(report.text(ReportSection.GOVERNANCE)).isEqualTo("Styrgrupp");
        assertThat(report.edited()).containsExactly(ReportSection.ABOUT);
        assertThatThrownBy(() -> report.edit(Map.of(ReportSection.ABOUT, "x"), 1))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void refreshingWritesTheFactsOverEditsButKeepsTheUsersOwnSection() {
        ActivityReport report = compiled();
        report.edit(Map.of(ReportSection.ABOUT, "ändrad", ReportSection.NEXT_YEAR, "Planer"), 0);
        Map<ReportSection, String> facts = facts();
        facts.put(ReportSection.ABOUT, "Familjecentralen Solrosen, ny fakta");
        report.refresh(facts, LATER, 0);
        assertThat(report.text(ReportSection.ABOUT)).isEqualTo("Familjecentralen Solrosen, ny fakta");
        assertThat(report.text(ReportSection.NEXT_YEAR)).isEqualTo("Planer");
        assertThat(report.edited()).isEmpty();
        assertThat(report.factsAt()).isEqualTo(LATER);
    }

    @Test
    void aReportIsAdoptedOnceWhenNoSectionIsBlankAndThenNothingChanges() {
        ActivityReport report = compiled();
        assertThatThrownBy(() -> report.adopt("styrgrupp", "Stina Styrgrupp", LATER, 0))
                .isInstanceOf(Refusal.class).hasMessage("report.refused.blank-sections");
        assertThat(report.adopted()).isFalse();

        report.edit(Map.of(ReportSection.NEXT_YEAR, "Fler öppna träffar"), 0);
        report.adopt("styrgrupp", "Stina Styrgrupp", LATER, 0);
        assertThat(report.adopted()).isTrue();
        assertThat(report.adoptedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(report.adoptedByName()).isEqualTo("Stina Styrgrupp");

        assertThatThrownBy(() -> report.adopt("styrgrupp", "Stina Styrgrupp", LATER, 0))
                .isInstanceOf(Refusal.class).hasMessage("report.refused.adopted");
        assertThatThrownBy(() -> report.edit(Map.of(ReportSection.NEXT_YEAR, "ändrad"), 0))
                .isInstanceOf(Refusal.class).hasMessage("report.refused.adopted");
        assertThatThrownBy(() -> report.refresh(facts(), LATER, 0))
                .isInstanceOf(Refusal.class).hasMessage("report.refused.adopted");
        assertThat(report.text(ReportSection.NEXT_YEAR)).isEqualTo("Fler öppna träffar");
        assertThat(report.adoptedBy()).isEqualTo("styrgrupp");
    }

    private static ActivityReport compiled() {
        return ActivityReport.compile(1, 2025, facts(), COMPILED);
    }

    private static Map<ReportSection, String> facts() {
        Map<ReportSection, String> facts = new EnumMap<>(ReportSection.class);
        facts.put(ReportSection.ABOUT, "Familjecentralen Solrosen");
        facts.put(ReportSection.GOVERNANCE, "Styrgrupp");
        facts.put(ReportSection.GOALS, "Mål");
        facts.put(ReportSection.ACTIVITIES, "Aktiviteter");
        facts.put(ReportSection.EVALUATION, "Utvärdering");
        facts.put(ReportSection.NEXT_YEAR, "ignoreras");
        return facts;
    }
}
