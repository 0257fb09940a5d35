package se.samverka.county;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.centre.CentreCompliance;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.Coordinator;
import se.samverka.centre.SteeringGroupMember;
import se.samverka.identity.Actors;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.SignedAgreements;
import se.samverka.support.StatementCounter;
import se.samverka.support.TestClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * Every centre's checklist read at once for the county is the checklist its own page shows, rule by rule, and the
 * matrix, its workbook and the county's figures are read in as many statements for many centres as for few.
 */
@IntegrationTest
class CountyComplianceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CentreRegistry registry;
    @Autowired
    CentreCompliance compliance;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void theCountysChecklistsAreTheChecklistsOfTheCentresOwnPages() throws Exception {
        Fixtures.Centre signed = fixtures.centre("1485", true, MIDWIFE_CLINIC, false, CHILD_HEALTH, true,
                OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        String steering = fixtures.account(new Grant(Role.STEERING_GROUP, signed.id()));
        long group = registry.formSteeringGroup(signed.id(), 0, "Styrgrupp Matris");
        registry.reconstitute(group, 0, "Styrgrupp Matris", List.of(
                new SteeringGroupMember("A", "Chef", CHILD_HEALTH), new SteeringGroupMember("B", "Chef", OPEN_PRESCHOOL)));
        registry.appoint(signed.id(), 1, new Coordinator("C", fixtures.municipality("1485").id(), 40, null));
        SignedAgreements.sign(mvc, jdbc, fixtures, signed.id(), steering,
                List.of(MIDWIFE_CLINIC, CHILD_HEALTH, OPEN_PRESCHOOL, PREVENTIVE_SOCIAL_SERVICES),
                TestClock.START.toLocalDate().minusMonths(2), TestClock.START.toLocalDate().plusYears(3));
        fixtures.centre("1485", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        fixtures.centre("1485", false, CHILD_HEALTH, false, OPEN_PRESCHOOL, true);
        String admin = fixtures.account(Grant.countyAdmin());

        List<CentreCompliance.Row> rows = compliance.visibleTo(actors.byUsername(admin).orElseThrow());

        assertThat(rows).extracting(CentreCompliance.Row::id).contains(signed.id());
        for (CentreCompliance.Row row : rows) {
            JsonNode page = json.readTree(mvc.perform(get("/api/v1/centres/{id}", row.id()).with(fixtures.as(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            List<String> expected = new ArrayList<>();
            page.get("checklist").forEach(f -> expected.add(f.get("ruleId").asString() + "=" + f.get("outcome").asString()));
            assertThat(row.findings()).as(row.name()).extracting(f -> f.ruleId() + "=" + f.outcome())
                    .containsExactlyElementsOf(expected);
            assertThat(row.kind().name()).isEqualTo(page.get("kind").asString());
        }
        CentreCompliance.Row signedRow = rows.stream().filter(r -> r.id() == signed.id()).findFirst().orElseThrow();
        assertThat(signedRow.findings()).extracting(f -> f.ruleId() + "=" + f.outcome())
                .contains("R15a=MET", "R11.1a=MET", "R11.2a=MET", "RB3b=NOT_MET");
    }

    @Test
    void theMatrixItsWorkbookAndTheOverviewReadAsManyStatementsForManyCentresAsForFew() throws Exception {
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));
        fixtures.centre("1452", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        List<String> pages = List.of("/lan", "/lan/efterlevnad", "/lan/efterlevnad.xlsx", "/att-gora",
                "/lan/karta?figur=ALL_REQUIREMENTS_MET");
        List<Integer> few = new ArrayList<>();
        for (String page : pages) {
            few.add(statements(page, viewer));
        }
        for (int i = 0; i < 6; i++) {
            fixtures.centre("1452", i % 2 == 0, MIDWIFE_CLINIC, i % 3 == 0, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                    PREVENTIVE_SOCIAL_SERVICES, true);
        }
        for (int i = 0; i < pages.size(); i++) {
            int many = statements(pages.get(i), viewer);
            System.out.printf("CountyComplianceTest: %s reads %d statements with few centres, %d with six more%n",
                    pages.get(i), few.get(i), many);
            assertThat(many).as(pages.get(i)).isEqualTo(few.get(i));
        }
    }

    @Test
    void theMatrixFiltersByRuleAndOutcomeAndItsWorkbookHoldsWhatIsShown() throws Exception {
        Fixtures.Centre centre = fixtures.centre("1452", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                PREVENTIVE_SOCIAL_SERVICES, true);
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));

        String page = mvc.perform(get("/lan/efterlevnad").param("regel", "R15a").param("utfall", "NOT_MET")
                        .param("kommun", "1452").param("ordning", "NOT_MET").param("fallande", "true")
                        .with(fixtures.as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(centre.name(), "scope=\"col\">R15a<", "aria-sort=\"descending\"")
                .doesNotContain("scope=\"col\">R14d<");
        String edited = mvc.perform(get("/lan/efterlevnad").param("regel", "R99").param("utfall", "KANSKE")
                        .param("kommun", "0000").param("ordning", "DROP TABLE").with(fixtures.as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(edited).contains(centre.name(), "scope=\"col\">R14d<");

        byte[] xlsx = mvc.perform(get("/lan/efterlevnad.xlsx").param("kommun", "1452").param("regel", "R15a")
                        .with(fixtures.as(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var format = new DataFormatter();
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(0)))
                    .isEqualTo("Regelkontroll för familjecentraler i Västra Götaland 2026-12-02");
            assertThat(format.formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("R15a");
            List<String> names = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                names.add(format.formatCellValue(sheet.getRow(r).getCell(0)));
                assertThat(format.formatCellValue(sheet.getRow(r).getCell(1))).isEqualTo("Tranemo");
            }
            assertThat(names).contains(centre.name());
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(0) / 256).as("as wide as the longest name")
                    .isBetween(centre.name().length(), 60);
            assertThat(format.formatCellValue(workbook.getSheetAt(1).getRow(2).getCell(0))).isEqualTo("R15a");
            assertThat(workbook.getSheetAt(1).getRepeatingRows().formatAsString()).isEqualTo("1:2");
        }
    }

    private int statements(String page, String username) throws Exception {
        var signedIn = fixtures.as(username);
        mvc.perform(get(page).with(signedIn)).andExpect(status().isOk());
        return StatementCounter.of(() -> mvc.perform(get(page).with(signedIn)).andExpect(status().isOk()))
                .statements();
    }
}
