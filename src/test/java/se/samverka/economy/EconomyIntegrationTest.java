package se.samverka.economy;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.samverka.agreement.document.VeraPdf;
import se.samverka.centre.CentreParticipants;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.Coordinator;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/** Shared costs through the pages, on the real database: input checks, the worked example, closing, exports. */
@IntegrationTest
class EconomyIntegrationTest {

    private static final String NBSP = "\u00a0";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    SharedCosts costs;
    @Autowired
    JdbcClient jdbc;

    /** A centre with all four operations whose coordinator the municipality (ÖF and social services) employs. */
    private record Setup(long centreId, String coordinator, String steering) {
    }

    private Setup fourOperationsWithCoordinator() {
        Fixtures.Centre centre = fixtures.centre("1480", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        registry.appoint(centre.id(), 0, new Coordinator("Anna Samordnare", fixtures.municipality("1480").id(), 100,
                null));
        return new Setup(centre.id(), fixtures.account(new Grant(Role.COORDINATOR, centre.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, centre.id())));
    }

    private ResultActions addItem(Setup setup, String period, String category, String amount, String payer)
            throws Exception {
        return mvc.perform(post("/centres/{id}/economy/items", setup.centreId()).with(csrf())
                .with(fixtures.as(setup.coordinator()))
                .param("year", "2026").param("period", period).param("category", category)
                .param("description", "Kostnad " + category).param("amount", amount).param("payer", payer)
                .param("corrects", "").param("version", "0"));
    }

    private long itemCount(long centreId) {
        return jdbc.sql("select count(*) from economy_cost_item where centre_id = ?").param(centreId)
                .query(Long.class).single();
    }

    private void yearly(Setup setup) throws Exception {
        mvc.perform(post("/centres/{id}/economy/settings", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("year", "2026").param("periodLength", "YEAR").param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    /** The worked example: 600 000,00 kr coordinator cost, employer ÖF; rent 100 000,01 kr paid by BHV. */
    private Setup workedExample() throws Exception {
        Setup setup = fourOperationsWithCoordinator();
        yearly(setup);
        // the chosen payer is not the employer's: the coordinator's cost is paid by the employing operation (R14a)
        addItem(setup, "Y", "COORDINATOR_SALARY", "600 000,00", "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        addItem(setup, "Y", "PREMISES_RENT", "100 000,01", "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        return setup;
    }

    @Test
    void badInputGivesFieldErrorsAndSavesNothing() throws Exception {
        Setup setup = fourOperationsWithCoordinator();
        long auditedItems = auditedItems();
        for (String amount : List.of("-5", "12,345", "abc", "", "1.5")) {
            addItem(setup, "Q1", "PREMISES_RENT", amount, "CHILD_HEALTH")
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "amount"))
                    .andExpect(content().string(containsString("amount-error")));
        }
        addItem(setup, "", "PREMISES_RENT", "100", "CHILD_HEALTH")
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "period"))
                .andExpect(content().string(containsString("Välj vilken period kostnaden hör till.")));
        addItem(setup, "M01", "PREMISES_RENT", "100", "CHILD_HEALTH")
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "period"));
        addItem(setup, "Q1", "", "100", "CHILD_HEALTH")
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "category"));

        Fixtures.Centre two = fixtures.centre("1480", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        Setup small = new Setup(two.id(), fixtures.account(new Grant(Role.COORDINATOR, two.id())),
                fixtures.account(new Grant(Role.STEERING_GROUP, two.id())));
        addItem(small, "Q1", "PREMISES_RENT", "100", "MIDWIFE_CLINIC")
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "payer"))
                .andExpect(content().string(containsString("Välj en av de basverksamheter som ingår")));
        addItem(small, "Q1", "PREMISES_RENT", "100", "DENTAL")
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "payer"));

        assertThat(itemCount(setup.centreId())).isZero();
        assertThat(itemCount(small.centreId())).isZero();
        assertThat(auditedItems()).isEqualTo(auditedItems);
    }

    private long auditedItems() {
        return jdbc.sql("select count(*) from audit_event where object_type = 'economy_cost_item'").query(Long.class).single();
    }

    @Test
    void theWorkedExampleIsExactToTheOreAndNettedPerPair() throws Exception {
        Setup setup = workedExample();
        Settlement s = costs.settlement(setup.centreId(), 2026, "Y",
                List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES), null);

        // coordinator: 60 000 000 öre / 4 = 15 000 000 each, paid by ÖF (the employer), not the chosen BHV
        Settlement.Line coordinator = s.lines().get(0);
        assertThat(coordinator.item().payer()).isEqualTo(OPEN_PRESCHOOL);
        assertThat(List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES).stream()
                .map(coordinator::share)).containsExactly(15_000_000L, 15_000_000L, 15_000_000L, 15_000_000L);
        // rent: 10 000 001 öre / 4 = 2 500 000 rest 1; the payer BHV takes the extra öre (R14c)
        Settlement.Line rent = s.lines().get(1);
        assertThat(List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES).stream()
                .map(rent::share)).containsExactly(2_500_000L, 2_500_001L, 2_500_000L, 2_500_000L);
        assertThat(s.totalOre()).isEqualTo(70_000_001L);

        // netted per pair: BHV owes ÖF 150 000,00 − ÖF owes BHV 25 000,00 = 125 000,00
        assertThat(s.debts()).containsExactly(
                new Settlement.Debt(MIDWIFE_CLINIC, CHILD_HEALTH, 2_500_000L),
                new Settlement.Debt(MIDWIFE_CLINIC, OPEN_PRESCHOOL, 15_000_000L),
                new Settlement.Debt(CHILD_HEALTH, OPEN_PRESCHOOL, 12_500_000L),
                new Settlement.Debt(PREVENTIVE_SOCIAL_SERVICES, CHILD_HEALTH, 2_500_000L),
                new Settlement.Debt(PREVENTIVE_SOCIAL_SERVICES, OPEN_PRESCHOOL, 15_000_000L));
        // ÖF paid 600 000,00 and its part is 175 000,00: it gets 425 000,00; BHV paid 100 000,01 of 175 000,01
        assertThat(s.balances()).extracting(Settlement.Balance::netOre)
                .containsExactly(-17_500_000L, -7_500_000L, 42_500_000L, -17_500_000L);

        mvc.perform(get("/centres/{id}/economy/2026/Y", setup.centreId()).with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("125" + NBSP + "000,00" + NBSP + "kr")))
                .andExpect(content().string(containsString("425" + NBSP + "000,00" + NBSP + "kr")))
                .andExpect(content().string(containsString("25" + NBSP + "000,01")));
        mvc.perform(get("/centres/{id}/economy", setup.centreId()).param("year", "2026")
                        .with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("700" + NBSP + "000,01" + NBSP + "kr")));
        mvc.perform(get("/centres/{id}", setup.centreId()).with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gemensamma kostnader 2026: 700" + NBSP + "000,01")));
    }

    @Test
    void aClosedPeriodRefusesChangesAndChangesNothing() throws Exception {
        Setup setup = workedExample();
        List<CostItem> items = costs.items(setup.centreId(), 2026);
        mvc.perform(post("/centres/{id}/economy/2026/Y/close", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering())).param("version", "12345"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon har ändrat periodens kostnader")));
        mvc.perform(post("/centres/{id}/economy/2026/Y/close", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("version", String.valueOf(SharedCosts.fingerprint(items))))
                .andExpect(status().is3xxRedirection());

        addItem(setup, "Y", "PREMISES_IT", "1 000", "CHILD_HEALTH")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Perioden är låst")));
        CostItem rent = items.get(1);
        mvc.perform(post("/centres/{id}/economy/items/{item}", setup.centreId(), rent.id()).with(csrf())
                        .with(fixtures.as(setup.coordinator()))
                        .param("year", "2026").param("period", "Y").param("category", "PREMISES_RENT")
                        .param("description", "Hyra").param("amount", "1,00").param("payer", "CHILD_HEALTH")
                        .param("corrects", "").param("version", String.valueOf(rent.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Perioden är låst")));
        mvc.perform(post("/centres/{id}/economy/items/{item}/remove", setup.centreId(), rent.id()).with(csrf())
                        .with(fixtures.as(setup.coordinator())).param("version", String.valueOf(rent.version())))
                .andExpect(status().isConflict());
        mvc.perform(post("/centres/{id}/economy/2026/Y/close", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("version", String.valueOf(SharedCosts.fingerprint(items))))
                .andExpect(status().isConflict());
        mvc.perform(post("/centres/{id}/economy/settings", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("year", "2026").param("periodLength", "YEAR").param("version", "1")
                        .param("weightChildHealth", "1").param("weightMidwifeClinic", "1")
                        .param("weightOpenPreschool", "1").param("weightPreventiveSocialServices", "5"))
                .andExpect(status().isConflict());

        assertThat(itemCount(setup.centreId())).isEqualTo(2);
        assertThat(jdbc.sql("select amount_ore from economy_cost_item where id = ?").param(rent.id())
                .query(Long.class).single()).isEqualTo(10_000_001L);
        assertThat(costs.year(setup.centreId(), 2026).key()).isEmpty();

        // a correction is a new item in an open period (2027) that names the item it corrects
        mvc.perform(post("/centres/{id}/economy/items", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.coordinator()))
                        .param("year", "2027").param("period", "Q1").param("category", "PREMISES_RENT")
                        .param("description", "Rättelse av hyran 2026").param("amount", "0,01")
                        .param("payer", "CHILD_HEALTH").param("corrects", String.valueOf(rent.id()))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(costs.items(setup.centreId(), 2027)).singleElement()
                .satisfies(i -> assertThat(i.correctsId()).isEqualTo(rent.id()));
        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'economy_settlement'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theSpreadsheetHasNumericKronorCells() throws Exception {
        Setup setup = workedExample();
        byte[] xlsx = mvc.perform(get("/centres/{id}/economy/2026/Y/avrakning.xlsx", setup.centreId())
                        .with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet items = workbook.getSheet("Kostnadsposter");
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).as("what the sheet is, printed on each page")
                    .isEqualTo("Avräkning av gemensamma kostnader 2026, helår – " + jdbc.sql(
                            "select name from centre where id = ?").param(setup.centreId()).query(String.class).single());
            assertThat(items.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Belopp");
            assertThat(items.getPaneInformation().isFreezePane()).isTrue();
            assertThat(items.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(items.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(items.getRow(2).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(items.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(600_000.00);
            assertThat(items.getRow(2).getCell(6).getCellStyle().getDataFormatString())
                    .isEqualTo(SettlementExports.KRONOR_FORMAT);
            assertThat(items.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(100_000.01);
            // shares: BMM, BHV, ÖF, förebyggande socialtjänst
            assertThat(items.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(25_000.01);
            assertThat(items.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(25_000.00);
            Cell total = items.getRow(4).getCell(6);
            assertThat(total.getCellFormula()).as("a sum that follows a changed amount").isEqualTo("SUM(G3:G4)");
            assertThat(total.getNumericCellValue()).isEqualTo(700_000.01);
            assertThat(items.getRow(4).getCell(8).getCellFormula()).isEqualTo("SUM(I3:I4)");
            assertThat(items.getPrintSetup().getLandscape()).isTrue();
            assertThat(items.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(items.getFitToPage()).isTrue();
            assertThat(items.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(items.getPrintSetup().getFitHeight()).as("as many pages down as it takes").isZero();
            assertThat(items.getColumnWidth(3)).as("the description wider than the item's number")
                    .isGreaterThan(items.getColumnWidth(1));

            Sheet debts = workbook.getSheet("Vem är skyldig vem");
            assertThat(debts.getPaneInformation().isFreezePane()).isTrue();
            assertThat(debts.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Barnhälsovård");
            assertThat(debts.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Öppen förskola");
            assertThat(debts.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(125_000.00);
            assertThat(debts.getLastRowNum()).isEqualTo(6);
            assertThat(debts.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void theSettlementPdfIsArchivalAndAccessible() throws Exception {
        Setup setup = workedExample();
        byte[] pdf = mvc.perform(get("/centres/{id}/economy/2026/Y/avrakning.pdf", setup.centreId())
                        .with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(pdfa.failedRules()).isEmpty();
        assertThat(pdfa.compliant()).isTrue();
        VeraPdf.Report pdfua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(pdfua.failedRules()).isEmpty();
        assertThat(pdfua.compliant()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace(NBSP, " ");
            assertThat(text).contains("Avräkning av gemensamma kostnader 2026, helår", "Vem är skyldig vem",
                    "125 000,00 kr", "100 000,01 kr", "Öppen förskola");
        }
    }

    @Test
    void theKeyIsSetOnTheSettingsPageAndSplitsOtherSharedCosts() throws Exception {
        Setup setup = fourOperationsWithCoordinator();
        mvc.perform(post("/centres/{id}/economy/settings", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("year", "2026").param("periodLength", "QUARTER").param("version", "0")
                        .param("weightMidwifeClinic", "abc").param("weightChildHealth", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "weightMidwifeClinic", "weightOpenPreschool"));
        assertThat(costs.year(setup.centreId(), 2026).key()).isEmpty();
        mvc.perform(post("/centres/{id}/economy/settings", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("year", "2026").param("periodLength", "QUARTER").param("version", "0")
                        .param("weightMidwifeClinic", "1").param("weightChildHealth", "1")
                        .param("weightOpenPreschool", "2").param("weightPreventiveSocialServices", "0"))
                .andExpect(status().is3xxRedirection());
        addItem(setup, "Q2", "PREMISES_CLEANING", "10,00", "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        addItem(setup, "Q2", "COORDINATOR_TRAINING", "10,00", "OPEN_PRESCHOOL").andExpect(status().is3xxRedirection());
        Settlement s = costs.settlement(setup.centreId(), 2026, "Q2",
                List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES), null);
        assertThat(s.basis()).isEqualTo(se.samverka.rules.R14b.Basis.LOCAL_KEY);
        assertThat(s.lines().get(0).share(OPEN_PRESCHOOL)).isEqualTo(500);
        assertThat(s.lines().get(0).share(PREVENTIVE_SOCIAL_SERVICES)).isZero();
        assertThat(s.lines().get(1).share(PREVENTIVE_SOCIAL_SERVICES)).isEqualTo(250);

        // a stale form changes nothing
        CostItem cleaning = s.lines().get(0).item();
        mvc.perform(post("/centres/{id}/economy/items/{item}", setup.centreId(), cleaning.id()).with(csrf())
                        .with(fixtures.as(setup.coordinator()))
                        .param("year", "2026").param("period", "Q2").param("category", "PREMISES_CLEANING")
                        .param("description", "Städning").param("amount", "99,00").param("payer", "CHILD_HEALTH")
                        .param("corrects", "").param("version", String.valueOf(cleaning.version() + 7)))
                .andExpect(status().isConflict());
        assertThat(costs.item(setup.centreId(), cleaning.id()).orElseThrow().amountOre()).isEqualTo(1000);
    }

    /**
     * A signed usage-right agreement as the agreement module stores it: the open pre-school grants the child health
     * clinic a 40 % share of the premises for {@code compensationOre} a quarter.
     */
    private long usageRight(long centreId, String status, LocalDate startsOn, LocalDate endsOn, long compensationOre) {
        CentreParticipants centre = registry.participants(centreId).orElseThrow();
        long id = jdbc.sql("""
                        insert into agreement (series, number, centre_id, kind, status, starts_on, ends_on,
                                               notice_months, shared_premises, premises, user_share_percent,
                                               compensation_ore, compensation_period, signed_at)
                        values (:series, 1, :centre, 'USAGE_RIGHT', :status, :starts, :ends, 6, true,
                                'Gemensamma ytor om 140 kvm', 40, :compensation, 'QUARTER',
                                case when :status = 'SIGNED' then now() end)
                        returning id""")
                .param("series", UUID.randomUUID()).param("centre", centreId).param("status", status)
                .param("starts", startsOn).param("ends", endsOn).param("compensation", compensationOre)
                .query(Long.class).single();
        List<se.samverka.rules.BaseOperation> parties = List.of(OPEN_PRESCHOOL, CHILD_HEALTH);
        for (int position = 0; position < parties.size(); position++) {
            CentreParticipants.Participant participant = centre.participant(parties.get(position)).orElseThrow();
            jdbc.sql("""
                            insert into agreement_party (agreement_id, position, role, name, principal_name)
                            values (?, ?, ?, ?, ?)""")
                    .params(id, position, position == 0 ? "GRANTOR" : "USER", participant.unitName(),
                            participant.principalName()).update();
        }
        return id;
    }

    /** Solrosen's case: 42 000 kr rent of shared areas in a quarter, paid by the grantor, and cleaning. */
    private Setup solrosen() throws Exception {
        Setup setup = fourOperationsWithCoordinator();
        addItem(setup, "Q1", "PREMISES_RENT", "42 000,00", "OPEN_PRESCHOOL").andExpect(status().is3xxRedirection());
        addItem(setup, "Q1", "PREMISES_CLEANING", "1 000,00", "CHILD_HEALTH").andExpect(status().is3xxRedirection());
        return setup;
    }

    private static final List<se.samverka.rules.BaseOperation> FOUR = List.of(MIDWIFE_CLINIC, CHILD_HEALTH,
            OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES);

    @Test
    void theRentOfSharedAreasFollowsTheUsageRightsSharesOfThePremises() throws Exception {
        Setup setup = solrosen();
        usageRight(setup.centreId(), "SIGNED", LocalDate.of(2025, 1, 1), null, 1_680_000L);

        Settlement s = costs.settlement(setup.centreId(), 2026, "Q1", FOUR, null);
        assertThat(s.rentKey()).isEqualTo(Settlement.RentKey.USAGE_RIGHT);
        Settlement.Line rent = s.lines().get(0);
        assertThat(rent.byUsageRight()).isTrue();
        // the user's 40 % is what the agreement says it pays; the grantor carries the rest; the others are no party
        assertThat(FOUR.stream().map(rent::share)).containsExactly(0L, 1_680_000L, 2_520_000L, 0L);
        assertThat(FOUR.stream().mapToLong(rent::share).sum()).isEqualTo(4_200_000L);
        assertThat(s.compensations()).singleElement().satisfies(c -> {
            assertThat(c.agreedOre()).isEqualTo(1_680_000L);
            assertThat(c.agrees()).isTrue();
        });
        // the other costs of shared premises are not the rent: equal parts
        Settlement.Line cleaning = s.lines().get(1);
        assertThat(cleaning.byUsageRight()).isFalse();
        assertThat(FOUR.stream().map(cleaning::share)).containsExactly(25_000L, 25_000L, 25_000L, 25_000L);
        assertThat(s.debts()).contains(new Settlement.Debt(CHILD_HEALTH, OPEN_PRESCHOOL, 1_680_000L - 25_000L));

        mvc.perform(get("/centres/{id}/economy/2026/Q1", setup.centreId()).with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fördelningsnyckel för hyran av gemensamma ytor enligt "
                        + "nyttjanderättsavtalet (version 1, i kraft från 2025-01-01): barnhälsovård 40 %, "
                        + "öppen förskola 60 %.")))
                .andExpect(content().string(containsString("avräkningen och avtalet stämmer överens")));
        mvc.perform(get("/centres/{id}/economy/settings", setup.centreId()).param("year", "2026")
                        .with(fixtures.as(setup.steering())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Förslag enligt nyttjanderättsavtalet (version 1, i kraft "
                        + "från 2025-01-01)")));
        // the centre's page says what is left to settle as the settlement splits it (split equally it would differ)
        mvc.perform(get("/centres/{id}", setup.centreId()).with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Att avräkna i öppna perioder: "
                        + Money.kronor(s.unsettledOre()))));

        // the year's own key, entered as the local agreement sets it, applies to the rent too
        mvc.perform(post("/centres/{id}/economy/settings", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering()))
                        .param("year", "2026").param("periodLength", "QUARTER").param("version", "0")
                        .param("weightMidwifeClinic", "1").param("weightChildHealth", "1")
                        .param("weightOpenPreschool", "1").param("weightPreventiveSocialServices", "1"))
                .andExpect(status().is3xxRedirection());
        Settlement keyed = costs.settlement(setup.centreId(), 2026, "Q1", FOUR, null);
        assertThat(keyed.rentKey()).isEqualTo(Settlement.RentKey.LOCAL_KEY);
        assertThat(FOUR.stream().map(keyed.lines().get(0)::share))
                .containsExactly(1_050_000L, 1_050_000L, 1_050_000L, 1_050_000L);
        assertThat(keyed.compensations()).isEmpty();
    }

    @Test
    void withoutAUsageRightInForceTheRentIsSplitEqually() throws Exception {
        Setup setup = solrosen();
        usageRight(setup.centreId(), "SIGNED", LocalDate.of(2026, 4, 1), null, 1_680_000L);
        usageRight(setup.centreId(), "SIGNED", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 1_680_000L);
        usageRight(setup.centreId(), "SENT", LocalDate.of(2025, 1, 1), null, 1_680_000L);

        Settlement s = costs.settlement(setup.centreId(), 2026, "Q1", FOUR, null);
        assertThat(s.premises()).isNull();
        assertThat(s.rentKey()).isEqualTo(Settlement.RentKey.NONE);
        assertThat(FOUR.stream().map(s.lines().get(0)::share))
                .containsExactly(1_050_000L, 1_050_000L, 1_050_000L, 1_050_000L);
        mvc.perform(get("/centres/{id}/economy/2026/Q1", setup.centreId()).with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("nyttjanderättsavtalet"))));
        // the one signed from 1 April is in force on the second quarter's first day
        assertThat(costs.settlement(setup.centreId(), 2026, "Q2", FOUR, null).rentKey())
                .isEqualTo(Settlement.RentKey.USAGE_RIGHT);
    }

    @Test
    void aClosedSettlementKeepsTheSharesOfThePremisesItWasClosedWith() throws Exception {
        Setup setup = solrosen();
        long usage = usageRight(setup.centreId(), "SIGNED", LocalDate.of(2025, 1, 1), null, 1_680_000L);
        mvc.perform(post("/centres/{id}/economy/2026/Q1/close", setup.centreId()).with(csrf())
                        .with(fixtures.as(setup.steering())).param("version",
                                String.valueOf(SharedCosts.fingerprint(costs.items(setup.centreId(), 2026)))))
                .andExpect(status().is3xxRedirection());
        // the usage right is later replaced by a version that starts after the quarter
        jdbc.sql("update agreement set status = 'SUPERSEDED' where id = ?").param(usage).update();
        usageRight(setup.centreId(), "SIGNED", LocalDate.of(2026, 7, 1), null, 2_000_000L);

        Settlement closed = costs.settlement(setup.centreId(), 2026, "Q1", FOUR, null);
        assertThat(closed.locked()).isTrue();
        assertThat(closed.rentKey()).isEqualTo(Settlement.RentKey.USAGE_RIGHT);
        assertThat(FOUR.stream().map(closed.lines().get(0)::share)).containsExactly(0L, 1_680_000L, 2_520_000L, 0L);
        assertThat(closed.premises().agreements()).singleElement()
                .satisfies(u -> assertThat(u.agreementId()).isEqualTo(usage));
        assertThat(closed.compensations()).singleElement().satisfies(c -> assertThat(c.agrees()).isTrue());
        // an open period follows what is in force on its first day: nothing on 1 April
        assertThat(costs.settlement(setup.centreId(), 2026, "Q2", FOUR, null).rentKey())
                .isEqualTo(Settlement.RentKey.NONE);
    }

    @Test
    void theSettlementPdfIsAPartyDocumentWithoutRuleIdsOrDoubledLabels() throws Exception {
        Setup setup = solrosen();
        usageRight(setup.centreId(), "SIGNED", LocalDate.of(2025, 1, 1), null, 1_680_000L);
        String centreName = registry.participants(setup.centreId()).orElseThrow().name();
        byte[] pdf = mvc.perform(get("/centres/{id}/economy/2026/Q1/avrakning.pdf", setup.centreId())
                        .with(fixtures.as(setup.coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(pdfa.failedRules()).isEmpty();
        VeraPdf.Report pdfua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(pdfua.failedRules()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace(NBSP, " ").replaceAll("\\s+", " ");
            assertThat(Pattern.compile("\\bR\\d+[a-z]?\\b|\\bRB\\d").matcher(text).find())
                    .as("no rule ids in a party document: %s", text).isFalse();
            assertThat(text).doesNotContain("hyra för gemensamma ytor: Kostnad", "ytor: Hyra", ": Kostnad");
            assertThat(text).contains("Gemensamma lokaler: hyra för gemensamma ytor", "Kostnad PREMISES_RENT",
                    "Fördelningsnyckel för hyran av gemensamma ytor enligt nyttjanderättsavtalet",
                    "16 800,00 kr", "25 200,00 kr", "Avräkning av gemensamma kostnader 2026, kvartal 1");
            assertThat(occurrences(text, centreName)).as("the centre's name once").isEqualTo(1);
            assertThat(occurrences(document.getDocumentInformation().getTitle(), centreName)).isEqualTo(1);
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("A4 across, for a column per operation").isGreaterThan(page.getHeight());
        }
    }

    @Test
    void theSettlementTemplateRightAlignsTheHeadersOfAmounts() throws Exception {
        String template;
        try (InputStream in = getClass().getResourceAsStream("/templates/economy/settlement-document.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher headers = Pattern.compile("<th scope=\"col\"[^>]*>").matcher(template);
        int amounts = 0;
        while (headers.find()) {
            String header = headers.group();
            if (header.matches(".*economy\\.(form\\.amount|share-of|settlement\\.(paid|share|net)).*")) {
                assertThat(header).contains("class=\"num\"");
                amounts++;
            } else {
                assertThat(header).contains("class=\"text\"");
            }
        }
        assertThat(amounts).isEqualTo(6);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
