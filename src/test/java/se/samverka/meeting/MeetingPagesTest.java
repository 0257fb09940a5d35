package se.samverka.meeting;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unbescape.html.HtmlEscape;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.samverka.agreement.document.VeraPdf;
import se.samverka.calendar.CalendarSource;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.R11_1c;
import se.samverka.rules.R9;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.TestClock;
import se.samverka.support.SignedAgreements;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Meetings and minutes (issue 5): scheduling with field errors, RB3e for premises matters, numbered items,
 * approval that locks the minutes, corrections beside the items, the PDF/A, the calendar, and the follow-up of
 * R9, RB3c and R11.1c on the centre page.
 */
@IntegrationTest
class MeetingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Meetings meetings;
    @Autowired
    MinuteCorrections corrections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<CalendarSource> calendars;
    @Autowired
    TestClock clock;

    @Test
    void aMeetingThatEndsBeforeItStartsIsAFieldErrorAndNothingIsSaved() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));

        String page = text(schedule(centre, coordinator, "COOPERATION", "2026-12-01T10:00", "2026-12-01T09:00", false)
                .andExpect(status().isOk()));
        assertThat(page).contains("Mötet måste sluta efter att det har börjat.");
        assertThat(html(schedule(centre, coordinator, "COOPERATION", "2026-12-01T10:00", "2026-12-01T10:00", false)
                .andExpect(status().isOk()))).contains("id=\"endsAt-error\"", "aria-invalid=\"true\"");
        assertThat(text(schedule(centre, coordinator, "", "igår", "", false).andExpect(status().isOk())))
                .contains("Välj om det är ett styrgruppsmöte eller ett samverkansmöte.",
                        "Ange datum och klockslag som ÅÅÅÅ-MM-DD TT:MM");
        assertThat(meetings.findByCentreIdOrderByStartsAtAscIdAsc(centre.id())).isEmpty();

        long id = create(centre, coordinator, "STEERING_GROUP", "2026-12-01T10:00", "2026-12-01T12:00", false);
        assertThat(page("/centres/" + centre.id() + "/meetings", coordinator))
                .contains("Styrgruppsmöte", "2026-12-01 10:00–12:00", "Konferensrummet");
        assertThat(meetings.findById(id).orElseThrow().agenda()).extracting(AgendaItem::text)
                .containsExactly("Verksamhetsplan", "Lokalfrågor");
        assertThat(calendars.stream().flatMap(c -> c.entries(Map.of(centre.id(), centre.name()),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1)).stream()))
                .anySatisfy(entry -> {
                    assertThat(entry.summary()).isEqualTo("Styrgruppsmöte – " + centre.name());
                    assertThat(entry.startsAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 0));
                    assertThat(entry.endsAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 12, 0));
                    assertThat(entry.location()).isEqualTo("Konferensrummet");
                    assertThat(entry.path()).isEqualTo("/meetings/" + id);
                });
    }

    @Test
    void aMidwifeClinicThatIsNotCoLocatedIsNotInvitedToPremisesMatters() throws Exception {
        Fixtures.Centre centre = centre(false);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        long premises = create(centre, coordinator, "COOPERATION", "2026-12-01T10:00", "2026-12-01T12:00", true);

        String page = html(attend(premises, coordinator, MIDWIFE_CLINIC, "Bea Barnmorska", version(premises)).andExpect(status().isOk()));
        assertThat(HtmlEscape.unescapeHtml(page)).contains("id=\"attendee-operation-error\"",
                "Barnmorskemottagningen är inte samlokaliserad och bjuds därför inte in till möten om lokalfrågor");
        assertThat(meetings.findById(premises).orElseThrow().attendees()).isEmpty();
        attend(premises, coordinator, CHILD_HEALTH, "Bo BVC", version(premises)).andExpect(status().is3xxRedirection());
        assertThat(meetings.findById(premises).orElseThrow().attendees()).extracting(Attendee::name)
                .containsExactly("Bo BVC");

        long other = create(centre, coordinator, "COOPERATION", "2026-12-08T10:00", "2026-12-08T12:00", false);
        attend(other, coordinator, MIDWIFE_CLINIC, "Bea Barnmorska", version(other)).andExpect(status().is3xxRedirection());

        Fixtures.Centre coLocated = centre(true);
        String theirs = fixtures.account(new Grant(Role.COORDINATOR, coLocated.id()));
        long together = create(coLocated, theirs, "COOPERATION", "2026-12-01T10:00", "2026-12-01T12:00", true);
        attend(together, theirs, MIDWIFE_CLINIC, "Bea Barnmorska", version(together)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCorrectionNamesItsItemByAStableIdThatRemovingAnEarlierItemDoesNotMove() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        long id = create(centre, coordinator, "COOPERATION", "2026-11-03T13:00", "2026-11-03T15:30", false);
        item(id, coordinator, "Skrivet av misstag.", "", version(id)).andExpect(status().is3xxRedirection());
        item(id, coordinator, "Mötet öppnas.", "", version(id)).andExpect(status().is3xxRedirection());
        item(id, coordinator, "Föräldragrupper.", "Två grupper startar i mars.", version(id))
                .andExpect(status().is3xxRedirection());
        assertThat(meetings.findById(id).orElseThrow().items()).extracting(MinuteItem::itemKey).containsExactly(1, 2, 3);

        mvc.perform(post("/meetings/{id}/items/{key}/remove", id, 1).param("version", String.valueOf(version(id)))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        item(id, coordinator, "Övriga frågor.", "", version(id)).andExpect(status().is3xxRedirection());
        assertThat(meetings.findById(id).orElseThrow().items()).extracting(MinuteItem::itemKey, MinuteItem::text)
                .containsExactly(tuple(2, "Mötet öppnas."), tuple(3, "Föräldragrupper."), tuple(4, "Övriga frågor."));
        attend(id, coordinator, CHILD_HEALTH, "Jens Justerare", version(id)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", "Jens Justerare")
                        .param("version", String.valueOf(version(id))).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/meetings/{id}/corrections", id).param("item", "1").param("text", "Borttagen punkt.")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk());
        mvc.perform(post("/meetings/{id}/corrections", id).param("item", "3").param("text", "Grupperna startar i april.")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(corrections.findByMeetingIdOrderByItemKeyAscIdAsc(id)).extracting(Correction::itemKey)
                .containsExactly(3);
        assertThat(page("/meetings/" + id, staff)).containsSubsequence("§ 1", "Mötet öppnas.", "§ 2",
                "Föräldragrupper.", "Rättelse", "Grupperna startar i april.", "§ 3", "Övriga frågor.");
        assertThatThrownBy(() -> jdbc.sql("delete from meeting_minute_item where meeting_id = :id and item_key = 3")
                .param("id", id).update()).as("a corrected item cannot go, whatever deletes it")
                .hasMessageContaining("meeting_correction_item");
    }

    @Test
    void itemsAreNumberedApprovalLocksTheMinutesAndCorrectionsStandBesideTheItem() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        long id = create(centre, coordinator, "COOPERATION", "2026-11-03T13:00", "2026-11-03T15:30", false);

        attend(id, coordinator, CHILD_HEALTH, "Bo BVC", version(id)).andExpect(status().is3xxRedirection());
        attend(id, coordinator, OPEN_PRESCHOOL, "Jens Justerare", version(id)).andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get("/meetings/" + id).with(fixtures.as(staff)))))
                .as("no minutes to download before there are any").doesNotContain("minutes.pdf");
        item(id, coordinator, "Mötet öppnas.", "", version(id)).andExpect(status().is3xxRedirection());
        item(id, coordinator, "Föräldragrupper under våren.", "Två grupper startar i mars.", version(id))
                .andExpect(status().is3xxRedirection());
        item(id, coordinator, "", "", version(id)).andExpect(status().isOk());
        mvc.perform(post("/meetings/{id}/actions", id).param("description", "Boka lokal").param("owner", "Ann Öf")
                        .param("dueOn", "2027-01-15").param("version", String.valueOf(version(id))).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/actions/{i}/status", id, 0).param("done", "true").param("version", String.valueOf(version(id)))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        item(id, staff, "Inte min sak.", "", version(id)).andExpect(status().isForbidden());

        String page = page("/meetings/" + id, staff);
        assertThat(page).containsSubsequence("§ 1", "Mötet öppnas.", "§ 2", "Föräldragrupper under våren.",
                "Beslut: Två grupper startar i mars.");
        assertThat(page).contains("Bo BVC", "Boka lokal", "Ann Öf", "Klar");
        assertThat(meetings.findById(id).orElseThrow().items()).extracting(MinuteItem::text)
                .containsExactly("Mötet öppnas.", "Föräldragrupper under våren.");

        mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", "").param("version", String.valueOf(version(id)))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk());
        String stranger = text(mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", "Någon Utomstående")
                        .param("version", String.valueOf(version(id))).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk()));
        assertThat(stranger).contains("Justeraren ska vara en av dem som var närvarande vid mötet");
        assertThat(meetings.findById(id).orElseThrow().locked()).isFalse();
        String form = html(mvc.perform(get("/meetings/" + id).with(fixtures.as(coordinator))));
        assertThat(form).contains("minutes.pdf", "<select id=\"approval-adjuster\" name=\"adjuster\"",
                "<option value=\"Jens Justerare\">Jens Justerare</option>");
        mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", "Jens Justerare").param("version", String.valueOf(version(id)))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        Meeting approved = meetings.findById(id).orElseThrow();
        assertThat(approved.locked()).isTrue();
        assertThat(approved.adjuster()).isEqualTo("Jens Justerare");

        int version = approved.version();
        String refusal = text(item(id, coordinator, "En punkt till.", "", version).andExpect(status().isConflict()));
        assertThat(refusal).contains("Protokollet är justerat och låst, så inget ändrades.");
        attend(id, coordinator, OPEN_PRESCHOOL, "Ann Öf", version).andExpect(status().isConflict());
        mvc.perform(post("/meetings/{id}/actions", id).param("description", "Mer").param("owner", "Ann Öf")
                        .param("dueOn", "2027-01-15").param("version", String.valueOf(version))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict());
        mvc.perform(post("/meetings/{id}/items/{i}/remove", id, 0).param("version", String.valueOf(version))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict());
        mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", "Någon annan")
                        .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict());
        Meeting after = meetings.findById(id).orElseThrow();
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.items()).isEqualTo(approved.items());
        assertThat(after.attendees()).isEqualTo(approved.attendees());
        assertThat(after.actions()).isEqualTo(approved.actions());
        assertThat(after.adjuster()).isEqualTo("Jens Justerare");

        mvc.perform(post("/meetings/{id}/actions/{i}/status", id, 0).param("done", "false")
                        .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        Meeting followedUp = meetings.findById(id).orElseThrow();
        assertThat(followedUp.actions()).singleElement().satisfies(a -> assertThat(a.done()).isFalse());
        assertThat(followedUp.items()).isEqualTo(approved.items());
        assertThat(followedUp.locked()).isTrue();

        mvc.perform(post("/meetings/{id}/corrections", id).param("item", "3").param("text", "Fel punkt.")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isOk());
        mvc.perform(post("/meetings/{id}/corrections", id).param("item", "2")
                        .param("text", "Grupperna startar i april, inte i mars.")
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(corrections.findByMeetingIdOrderByItemKeyAscIdAsc(id)).singleElement()
                .satisfies(c -> assertThat(c.itemKey()).isEqualTo(2));
        assertThat(meetings.findById(id).orElseThrow().items()).isEqualTo(approved.items());
        assertThat(page("/meetings/" + id, staff)).containsSubsequence("§ 2", "Två grupper startar i mars.",
                "Rättelse", "Grupperna startar i april, inte i mars.");
        long correction = corrections.findByMeetingIdOrderByItemKeyAscIdAsc(id).getFirst().id();
        assertThatThrownBy(() -> jdbc.sql("update meeting_correction set text = 'x' where id = :id")
                .param("id", correction).update()).rootCause().hasMessageContaining("permission denied");
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'meeting' and action = 'READ' "
                + "and object_id = :id").param("id", String.valueOf(id)).query(Long.class).single()).isPositive();

        byte[] pdf = mvc.perform(get("/meetings/{id}/minutes.pdf", id).with(fixtures.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(pdfa.failedRules()).isEmpty();
        assertThat(pdfa.compliant()).isTrue();
        VeraPdf.Report pdfua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(pdfua.failedRules()).isEmpty();
        assertThat(pdfua.compliant()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("§ 1", "§ 2", "Mötet öppnas.", "Beslut: Två grupper startar i mars.",
                    "Grupperna startar i april, inte i mars.", "Justerat av Jens Justerare", "Bo BVC");
            assertThat(text).as("no rule ids in a document for the parties")
                    .doesNotContainPattern("\\bR(B|D)?\\d{1,2}(\\.\\d+)?[a-z]?\\b");
        }
    }

    @Test
    void theCoordinatorSendsTheMinutesForAdjustingToAPresentAttendeeWithAnAccountWhoThenHasThemToDo() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String member = fixtures.account(new Grant(Role.STEERING_GROUP, centre.id()));
        String name = jdbc.sql("select display_name from app_user where username = :u").param("u", member)
                .query(String.class).single();
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        long id = create(centre, coordinator, "COOPERATION", "2026-11-03T13:00", "2026-11-03T15:30", false);
        attend(id, coordinator, CHILD_HEALTH, name, version(id)).andExpect(status().is3xxRedirection());
        attend(id, coordinator, OPEN_PRESCHOOL, "Bo BVC", version(id)).andExpect(status().is3xxRedirection());

        assertThat(text(adjustment(id, coordinator, name).andExpect(status().isConflict())))
                .as("no minutes yet").contains("Protokollet har inga punkter ännu");
        assertThat(html(mvc.perform(get("/meetings/" + id).with(fixtures.as(coordinator)))))
                .doesNotContain("/adjustment");
        item(id, coordinator, "Mötet öppnas.", "", version(id)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/actions", id).param("description", "Boka lokal").param("owner", "Okänd Person")
                        .param("dueOn", "2027-01-15").param("version", String.valueOf(version(id))).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/actions", id).param("description", "Skriv inbjudan").param("owner", member)
                        .param("dueOn", "2027-01-15").param("version", String.valueOf(version(id))).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());

        String form = html(mvc.perform(get("/meetings/" + id).with(fixtures.as(coordinator))));
        String choices = form.substring(form.indexOf("id=\"adjustment-adjuster\""));
        choices = choices.substring(0, choices.indexOf("</select>"));
        assertThat(choices).as("only those present with an account").contains("<option value=\"" + name + "\">")
                .doesNotContain("Bo BVC");
        assertThat(form).contains("id=\"action-owner-unmatched-0\"").doesNotContain("id=\"action-owner-unmatched-1\"");
        assertThat(text(mvc.perform(get("/meetings/" + id).with(fixtures.as(coordinator)))))
                .contains("så den ansvariga får inget e-postmeddelande om åtgärden");
        assertThat(page("/meetings/" + id, staff)).as("only the writer is told").doesNotContain("inget e-postmeddelande");

        int before = version(id);
        for (String bad : new String[]{"Bo BVC", "Någon Utomstående", ""}) {
            String page = text(adjustment(id, coordinator, bad).andExpect(status().isOk()));
            assertThat(page).contains(bad.isEmpty() ? "Rätta följande"
                    : "Justeraren ska vara en av de närvarande som har ett konto i Samverka för centrumet");
        }
        adjustment(id, staff, name).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/{id}/adjustment", Long.MAX_VALUE).param("adjuster", name).param("version", "0")
                .with(csrf()).with(fixtures.as(coordinator))).andExpect(status().isNotFound());
        assertThat(meetings.findById(id).orElseThrow().adjustmentAskedOf()).isNull();
        assertThat(version(id)).isEqualTo(before);

        adjustment(id, coordinator, name).andExpect(status().is3xxRedirection());
        Meeting asked = meetings.findById(id).orElseThrow();
        assertThat(asked.adjustmentAskedOf()).isEqualTo(name);
        assertThat(asked.adjustmentAskedAccount()).isEqualTo(member);
        assertThat(page("/meetings/" + id, staff)).contains("Väntar på justering av " + name + " sedan ");
        assertThat(page("/att-gora", member)).contains("Protokoll att justera: Samverkansmöte 2026-11-03");
        assertThat(page("/att-gora", coordinator)).doesNotContain("Protokoll att justera");

        assertThat(text(mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", "Bo BVC")
                        .param("version", String.valueOf(version(id))).with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().isConflict()))).contains("Protokollet är skickat för justering till en annan person");
        assertThat(meetings.findById(id).orElseThrow().locked()).isFalse();
        assertThat(html(mvc.perform(get("/meetings/" + id).with(fixtures.as(coordinator)))))
                .as("the approval form names the one asked").contains("<option value=\"" + name + "\" selected=\"selected\">");
        mvc.perform(post("/meetings/{id}/approve", id).param("adjuster", name).param("version", String.valueOf(version(id)))
                .with(csrf()).with(fixtures.as(coordinator))).andExpect(status().is3xxRedirection());
        assertThat(meetings.findById(id).orElseThrow().locked()).isTrue();
        assertThat(page("/att-gora", member)).doesNotContain("Protokoll att justera");

        int locked = version(id);
        assertThat(text(adjustment(id, coordinator, name).andExpect(status().isConflict())))
                .contains("Protokollet är justerat och låst");
        assertThat(version(id)).isEqualTo(locked);
    }

    private ResultActions adjustment(long meeting, String user, String adjuster) throws Exception {
        return mvc.perform(post("/meetings/{id}/adjustment", meeting).param("adjuster", adjuster)
                .param("version", String.valueOf(version(meeting))).with(csrf()).with(fixtures.as(user)));
    }

    @Test
    void aSeriesKeepsTheWeekdayOfTheMonthAndBadRepetitionSavesNothing() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        assertThat(page("/centres/" + centre.id() + "/meetings/new", coordinator))
                .contains("Inget undertecknat lokalt samverkansavtal gäller i dag", "Var tredje månad");

        for (String[] bad : new String[][]{{"5", "4"}, {"3", "1"}, {"3", "25"}, {"3", "fyra"}, {"x", ""}}) {
            String page = text(series(centre, coordinator, "2027-02-09T09:00", "2027-02-09T11:00", bad[0], bad[1])
                    .andExpect(status().isOk()));
            assertThat(page).containsAnyOf("Välj hur ofta mötet ska upprepas.",
                    "Ange hur många möten serien ska ha, från 2 till 24.");
        }
        series(centre, coordinator, "2027-02-09T09:00", "2027-02-09T08:00", "3", "4").andExpect(status().isOk());
        assertThat(meetings.findByCentreIdOrderByStartsAtAscIdAsc(centre.id())).isEmpty();

        series(centre, coordinator, "2027-02-09T09:00", "2027-02-09T11:00", "3", "4")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/centres/" + centre.id() + "/meetings"));
        series(centre, coordinator, "2027-01-29T13:00", "2027-01-29T15:30", "1", "3").andExpect(status().is3xxRedirection());
        assertThat(meetings.findByCentreIdOrderByStartsAtAscIdAsc(centre.id()))
                .allSatisfy(m -> assertThat(m.agenda()).extracting(AgendaItem::text).containsExactly("Verksamhetsplan", "Lokalfrågor"))
                .extracting(m -> m.startsAt() + "–" + m.endsAt().toLocalTime())
                .containsExactly("2027-01-29T13:00–15:30", "2027-02-09T09:00–11:00", "2027-02-26T13:00–15:30",
                        "2027-03-26T13:00–15:30", "2027-05-11T09:00–11:00", "2027-08-10T09:00–11:00",
                        "2027-11-09T09:00–11:00");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} + {1} månader → {2}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            2027-02-09, 3, 2027-05-11
            2027-02-09, 9, 2027-11-09
            2027-01-29, 1, 2027-02-26
            2027-01-01, 1, 2027-02-05
            2027-03-31, 1, 2027-04-28
            2027-03-24, 1, 2027-04-28
            2027-03-24, 2, 2027-05-26
            """)
    void theSameWeekdayOfTheMonth(LocalDate first, int months, LocalDate expected) {
        assertThat(MeetingForms.sameWeekdayOfMonth(first, months)).isEqualTo(expected);
    }

    private ResultActions series(Fixtures.Centre centre, String user, String startsAt, String endsAt, String repeat,
                                 String occurrences) throws Exception {
        return mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", "STEERING_GROUP")
                .param("startsAt", startsAt).param("endsAt", endsAt).param("place", "Konferensrummet")
                .param("agenda", "Verksamhetsplan\nLokalfrågor").param("repeat", repeat)
                .param("occurrences", occurrences).with(csrf()).with(fixtures.as(user)));
    }

    @Test
    void beforeApprovalAttendeesItemsAndActionPointsCanBeTakenBackAndLaterItemsAreRenumbered() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String staff = fixtures.account(new Grant(Role.STAFF, centre.unitIds().get(1)));
        long id = create(centre, coordinator, "COOPERATION", "2026-11-03T13:00", "2026-11-03T15:00", false);
        attend(id, coordinator, CHILD_HEALTH, "Bo BVC", version(id)).andExpect(status().is3xxRedirection());
        attend(id, coordinator, OPEN_PRESCHOOL, "Fel Person", version(id)).andExpect(status().is3xxRedirection());
        item(id, coordinator, "Mötet öppnas.", "", version(id)).andExpect(status().is3xxRedirection());
        item(id, coordinator, "Skrivet av misstag.", "", version(id)).andExpect(status().is3xxRedirection());
        item(id, coordinator, "Föräldragrupper.", "", version(id)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/{id}/actions", id).param("description", "Boka lokal").param("owner", "Ann Öf")
                        .param("dueOn", "2027-01-15").param("version", String.valueOf(version(id)))
                        .with(csrf()).with(fixtures.as(coordinator)))
                .andExpect(status().is3xxRedirection());
        assertThat(html(mvc.perform(get("/meetings/{id}", id).with(fixtures.as(coordinator)))))
                .contains("aria-label=\"Ta bort deltagaren Fel Person\"", "aria-label=\"Ta bort § 2\"");

        remove(id, "items", 2, version(id), staff).andExpect(status().isForbidden());
        int stale = version(id);
        remove(id, "items", 2, stale, coordinator).andExpect(status().is3xxRedirection());
        assertThat(text(remove(id, "attendees", 1, stale, coordinator).andExpect(status().isConflict())))
                .contains("Någon annan har ändrat uppgifterna sedan du öppnade sidan: protokollspunkt § 2 borttagen",
                        "Ingenting är ändrat.");
        remove(id, "attendees", 1, version(id), coordinator).andExpect(status().is3xxRedirection());
        assertThat(text(remove(id, "actions", 5, version(id), coordinator).andExpect(status().isConflict())))
                .contains("Åtgärden finns inte. Inget ändrades.");
        remove(id, "agenda", 0, version(id), coordinator).andExpect(status().isNotFound());
        remove(id, "actions", 0, version(id), coordinator).andExpect(status().is3xxRedirection());

        Meeting meeting = meetings.findById(id).orElseThrow();
        assertThat(meeting.attendees()).extracting(Attendee::name).containsExactly("Bo BVC");
        assertThat(meeting.items()).extracting(MinuteItem::text).containsExactly("Mötet öppnas.", "Föräldragrupper.");
        assertThat(meeting.actions()).isEmpty();
        assertThat(page("/meetings/" + id, staff)).containsSubsequence("§ 1", "Mötet öppnas.", "§ 2", "Föräldragrupper.")
                .doesNotContain("Skrivet av misstag.", "Fel Person");
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'meeting' and action = 'UPDATE' "
                + "and object_id = :id and detail like '%borttagen'").param("id", String.valueOf(id))
                .query(Long.class).single()).isEqualTo(3);
    }

    private ResultActions remove(long id, String part, int index, int version, String user) throws Exception {
        return mvc.perform(post("/meetings/{id}/{part}/{i}/remove", id, part, index)
                .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(user)));
    }

    @Test
    void withoutAnAgreementTheCentrePageShowsHoursHeldAndTheRulesAreNotApplicable() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        String page = page("/centres/" + centre.id(), coordinator);
        assertThat(page).contains("Möten och protokoll", "Inget undertecknat lokalt samverkansavtal gäller i dag",
                "Inget undertecknat lokalt samverkansavtal gäller, så det finns inga överenskomna timmar",
                "R11.1c", "RB3c");
    }

    @Test
    void withASignedAgreementTheCentrePageFollowsUpHoursAndSteeringMeetings() throws Exception {
        Fixtures.Centre centre = centre(true);
        String coordinator = fixtures.account(new Grant(Role.COORDINATOR, centre.id()));
        LocalDate start = clock.today().withDayOfMonth(1).minusMonths(1);
        signedAgreement(centre, start, start.plusYears(3).minusDays(1));

        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime from = now.minusMinutes(150);
        long cooperation = create(centre, coordinator, "COOPERATION", from.toString(), now.minusMinutes(30).toString(),
                false);
        attend(cooperation, coordinator, MIDWIFE_CLINIC, "Bea Barnmorska", version(cooperation)).andExpect(status().is3xxRedirection());
        create(centre, coordinator, "STEERING_GROUP", from.toString(), now.minusMinutes(60).toString(), false);
        create(centre, coordinator, "COOPERATION", now.plusDays(1).toString(), now.plusDays(1).plusHours(2).toString(),
                false);

        LocalDate today = now.toLocalDate();
        String month = YearMonth.from(from).equals(YearMonth.from(today)) ? "2" : "0";
        String term = R9.termStart(from.toLocalDate()).equals(R9.termStart(today)) ? "2" : "0";
        String page = page("/centres/" + centre.id(), coordinator);
        assertThat(page).contains(
                "Samverkansmöten denna månad " + month + " av 4 överenskomna timmar",
                "denna termin (" + R9.termStart(today) + " – " + R9.termEnd(today) + ") " + term
                        + " av 24 överenskomna timmar",
                "Barnmorskans närvaro på samverkansmöten denna termin " + term + " av cirka 6 timmar",
                "Styrgruppens möten med samordnaren i år " + (from.getYear() == today.getYear() ? "1" : "0")
                        + " hållna, " + R11_1c.due(4, today) + " borde ha hållits hittills (4 per år enligt avtalet)",
                "Nästa möte:");
        assertThat(page).contains("R9", "R11.1c").doesNotContain("överenskomna timmar för samverkansmöten att följa upp");
        assertThat(page("/centres/" + centre.id() + "/meetings/new", coordinator)).contains(
                "Styrgruppen möter samordnaren 4 gånger per år",
                "Samverkansmöten där alla samverkansparter är representerade: 4 timmar per månad");
        boolean onPace = Integer.parseInt(term) >= R9.endedMonthsOfTerm(today);
        assertThat(page).as("RB3c measured against the term's ended months")
                .contains(onPace ? "i takt med cirka 6 timmar per termin" : "färre timmar denna termin än");
    }

    /** An agreement drafted and sent by a member of the centre's steering group, and signed by every party. */
    private void signedAgreement(Fixtures.Centre centre, LocalDate start, LocalDate end) throws Exception {
        SignedAgreements.sign(mvc, jdbc, fixtures, centre.id(),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())),
                List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES), start, end);
    }

    private int version(long meeting) {
        return meetings.findById(meeting).orElseThrow().version();
    }

    private ResultActions schedule(Fixtures.Centre centre, String user, String kind, String startsAt, String endsAt,
                                   boolean premises) throws Exception {
        return mvc.perform(post("/centres/{id}/meetings", centre.id()).param("kind", kind)
                .param("startsAt", startsAt).param("endsAt", endsAt).param("place", "Konferensrummet")
                .param("agenda", "Verksamhetsplan\n\nLokalfrågor\n").param("premisesMatters", String.valueOf(premises))
                .with(csrf()).with(fixtures.as(user)));
    }

    private long create(Fixtures.Centre centre, String user, String kind, String startsAt, String endsAt,
                        boolean premises) throws Exception {
        String location = schedule(centre, user, kind, startsAt, endsAt, premises)
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/meetings/");
        return Long.parseLong(location.substring("/meetings/".length()));
    }

    private ResultActions attend(long meeting, String user, BaseOperation operation, String name, int version)
            throws Exception {
        return mvc.perform(post("/meetings/{id}/attendees", meeting).param("operation", operation.name())
                .param("name", name).param("present", "true").param("version", String.valueOf(version))
                .with(csrf()).with(fixtures.as(user)));
    }

    private ResultActions item(long meeting, String user, String text, String decision, int version) throws Exception {
        return mvc.perform(post("/meetings/{id}/items", meeting).param("text", text).param("decision", decision)
                .param("version", String.valueOf(version)).with(csrf()).with(fixtures.as(user)));
    }

    private String page(String path, String user) throws Exception {
        return text(mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()));
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static String text(ResultActions result) throws Exception {
        return HtmlEscape.unescapeHtml(html(result)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private Fixtures.Centre centre(boolean midwifeCoLocated) {
        return fixtures.centre("1480", false, MIDWIFE_CLINIC, midwifeCoLocated, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
    }
}
