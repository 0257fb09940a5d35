package se.samverka.county;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.samverka.identity.Actor;
import se.samverka.identity.Grant;
import se.samverka.identity.Role;
import se.samverka.support.Fixtures;
import se.samverka.support.IntegrationTest;
import se.samverka.support.StatementCounter;
import se.samverka.support.TestClock;
import se.samverka.agreement.document.VeraPdf;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.rules.BaseOperation.CHILD_HEALTH;
import static se.samverka.rules.BaseOperation.MIDWIFE_CLINIC;
import static se.samverka.rules.BaseOperation.OPEN_PRESCHOOL;
import static se.samverka.rules.BaseOperation.PREVENTIVE_SOCIAL_SERVICES;

/**
 * The county's yearly follow-up report to Vårdsamverkan on a real PostgreSQL: compiled from the registry's history and
 * every module, written, adopted and then only corrected; PDF/A and XLSX. Each test has a year of its own, since the
 * report is one per year for the whole county.
 */
@IntegrationTest
class CountyReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    CountyReportWork work;

    @Test
    void theCountyAdministratorCompilesWritesAdoptsAndCorrectsTheReport() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));

        compile("2024", admin).andExpect(redirectedUrl("/lan/uppfoljning/2024"));
        assertThat(page("/lan/uppfoljning", viewer)).contains("Länets uppföljning 2024", "Utkast");
        String draft = page("/lan/uppfoljning/2024", viewer);
        assertThat(draft).contains("Länets uppföljning 2024", "Verksamheter per kommunalförbund", "Göteborgsregionen",
                "Verksamheter per kommun", "Tjörn", "Lokala samverkansavtal per kommunalförbund",
                "Utlämnanden per rättslig grund", "Siffrorna gäller den 2024-12-31")
                .doesNotContain("Spara texterna", "<textarea");
        assertThat(page("/lan/uppfoljning/2024", admin)).contains("Spara texterna", "name=\"summary\"",
                "name=\"consents\"");

        String version = String.valueOf(report(2024).version());
        texts("2024", viewer, version, "Av en läsare.").andExpect(status().isForbidden());
        adopt("2024", admin, version).andExpect(status().isConflict());
        assertThat(report(2024).adopted()).isFalse();

        texts("2024", admin, version, "Året i korthet.\nFler familjecentraler.").andExpect(redirectedUrl("/lan/uppfoljning/2024"));
        String stale = texts("2024", admin, version, "En äldre version.").andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(stale).contains("En &auml;ldre version.");
        assertThat(report(2024).text(FollowUpChapter.SUMMARY)).isEqualTo("Året i korthet.\nFler familjecentraler.");
        String written = String.valueOf(report(2024).version());
        assertThat(written).isNotEqualTo(version);
        String tooLong = mvc.perform(post("/lan/uppfoljning/2024").param("version", written)
                        .param("kinds", "x".repeat(CountyReport.MAX_TEXT + 1)).with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLong).contains("Högst 20000 tecken; texten har 20001.");
        assertThat(String.valueOf(report(2024).version())).isEqualTo(written);

        byte[] draftPdf = download("/lan/uppfoljning/2024/rapport.pdf", viewer);
        try (PDDocument document = Loader.loadPDF(draftPdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Länets uppföljning 2024", "UTKAST – inte fastställt", "Året i korthet.",
                    "1. Sammanfattning", "10. Samtycken och utlämnanden", "Verksamheter per kommun");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Länets uppföljning 2024");
        }

        adopt("2024", admin, written).andExpect(redirectedUrl("/lan/uppfoljning/2024"));
        CountyReport adopted = report(2024);
        assertThat(adopted.adopted()).isTrue();
        String shown = page("/lan/uppfoljning/2024", viewer);
        assertThat(shown).contains("Fastställd", "Året i korthet.");
        String refused = texts("2024", admin, String.valueOf(adopted.version()), "Ändrat i efterhand.").andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Uppföljningen för 2024 är fastställd och kan inte ändras.");
        mvc.perform(post("/lan/uppfoljning/2024/sammanstall").param("version", String.valueOf(adopted.version())).with(csrf())
                .with(fixtures.as(admin))).andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.sql("update county_report set figures = '{}' where year = 2024").update())
                .hasMessageContaining("adopted and final");
        assertThat(report(2024).text(FollowUpChapter.SUMMARY)).isEqualTo("Året i korthet.\nFler familjecentraler.");

        String noChapter = mvc.perform(post("/lan/uppfoljning/2024/rattelser").param("chapter", "")
                        .param("text", "Hjo saknades.").with(csrf()).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noChapter).contains("Välj vilket kapitel rättelsen gäller.");
        mvc.perform(post("/lan/uppfoljning/2024/rattelser").param("chapter", "KINDS").param("text", "Hjo saknades.")
                .with(csrf()).with(fixtures.as(admin))).andExpect(redirectedUrl("/lan/uppfoljning/2024"));
        assertThat(jdbc.sql("select count(*) from county_report_correction where report_id = :id")
                .param("id", adopted.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(page("/lan/uppfoljning/2024", viewer)).contains("Rättelse", "Hjo saknades.");

        byte[] pdf = download("/lan/uppfoljning/2024/rapport.pdf", viewer);
        VeraPdf.Report pdfa = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(pdfa.failedRules()).isEmpty();
        assertThat(pdfa.compliant()).isTrue();
        VeraPdf.Report pdfua = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(pdfua.failedRules()).isEmpty();
        assertThat(pdfua.compliant()).isTrue();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Fastställd den " + adopted.adoptedOn() + " av " + adopted.adoptedByName(), "Rättelse " + clock.today()
                    + ": Hjo saknades.").doesNotContain("UTKAST");
        }

        assertThat(jdbc.sql("select count(*) from audit_event where object_type = 'county_report' and object_id = :id")
                .param("id", String.valueOf(adopted.id())).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theWorkbookHasAChapterASheetWithNumbersAndTotalsAsSums() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        compile("2025", admin).andExpect(redirectedUrl("/lan/uppfoljning/2025"));

        byte[] xlsx = download("/lan/uppfoljning/2025/rapport.xlsx", admin);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(FollowUpChapter.values().length);
            assertThat(workbook.getSheetName(0)).isEqualTo("2 Verksamheter");
            assertThat(workbook.getSheetAt(workbook.getNumberOfSheets() - 1).getSheetName()).isEqualTo("Länets texter");
            Sheet kinds = workbook.getSheetAt(0);
            assertThat(kinds.getPrintSetup().getLandscape()).isTrue();
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            int totals = 0;
            for (Row row : kinds) {
                Cell first = row.getCell(0);
                if (first == null || !"Summa".equals(first.getStringCellValue())) {
                    continue;
                }
                totals++;
                for (int c = 1; c < row.getLastCellNum(); c++) {
                    Cell total = row.getCell(c);
                    assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
                    double sum = 0;
                    for (int r = row.getRowNum() - 1; r >= 0 && kinds.getRow(r).getCell(c) != null
                            && kinds.getRow(r).getCell(c).getCellType() == CellType.NUMERIC; r--) {
                        sum += kinds.getRow(r).getCell(c).getNumericCellValue();
                    }
                    assertThat(evaluator.evaluate(total).getNumberValue()).isEqualTo(sum);
                    assertThat(total.getNumericCellValue()).as("the sum as stored").isEqualTo(sum);
                }
            }
            assertThat(totals).as("a total per sub-region and per municipality").isEqualTo(2);
        }
    }

    /**
     * A centre registered during the year counts as new, in its municipality and sub-region, in every chapter; the
     * figures are read in as many statements for more centres.
     */
    @Test
    void theFiguresCountTheYearFromTheRegistrysHistory() throws Exception {
        Actor admin = new Actor(0, "lansadmin", "Länsadministratör", Set.of(Grant.countyAdmin()));
        try {
            clock.set(LocalDateTime.of(2023, 2, 1, 9, 0));
            fixtures.centre("1470", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true, PREVENTIVE_SOCIAL_SERVICES, true);
        } finally {
            clock.set(LocalDateTime.of(2026, 12, 2, 10, 0));
        }
        int statements = StatementCounter.of(() -> work.compileFigures(2023, admin)).statements();
        FollowUpFigures before = work.compileFigures(2023, admin);
        FollowUpFigures yearBefore = work.compileFigures(2022, admin);
        try {
            clock.set(LocalDateTime.of(2023, 5, 10, 9, 0));
            fixtures.centre("1496", false, MIDWIFE_CLINIC, true, CHILD_HEALTH, true, OPEN_PRESCHOOL, true,
                    PREVENTIVE_SOCIAL_SERVICES, true);
            fixtures.centre("1496", false, CHILD_HEALTH, true, OPEN_PRESCHOOL, true);
        } finally {
            clock.set(LocalDateTime.of(2026, 12, 2, 10, 0));
        }
        FollowUpFigures after = work.compileFigures(2023, admin);
        int more = StatementCounter.of(() -> work.compileFigures(2023, admin)).statements();
        System.out.printf("CountyReportTest: the year's figures read %d statements, %d with two more centres%n",
                statements, more);
        assertThat(more).isEqualTo(statements);

        assertThat(difference(after.line("kinds-municipality", "Skövde"), before.line("kinds-municipality", "Skövde")))
                .isEqualTo("1 0 1 2 0");
        assertThat(difference(after.line("kinds-sub-region", "Skaraborg"), before.line("kinds-sub-region", "Skaraborg")))
                .isEqualTo("0 1 0 0 0 1 2 0");
        assertThat(difference(after.line("agreements", "Skaraborg"), before.line("agreements", "Skaraborg")))
                .as("covered, none in force, so missing").isEqualTo("1 0 0 0 1");
        assertThat(difference(after.line("midwife", "Skaraborg"), before.line("midwife", "Skaraborg")))
                .isEqualTo("1 1 1 0 0 0 1");
        assertThat(difference(after.line("plans", "Skaraborg"), before.line("plans", "Skaraborg")))
                .isEqualTo("1 0 0 0 0 1");
        assertThat(difference(after.line("kinds-sub-region", "Fyrbodal"), before.line("kinds-sub-region", "Fyrbodal")))
                .isEqualTo("0 0 0 0 0 0 0 0");
        assertThat(work.compileFigures(2022, admin).line("kinds-municipality", "Skövde"))
                .as("a year before the centres were registered").isEqualTo(yearBefore.line("kinds-municipality", "Skövde"));
    }

    @Test
    void aYearOutsideTheAgreementOrOneAlreadyCompiledIsRefused() throws Exception {
        String admin = fixtures.account(Grant.countyAdmin());
        String viewer = fixtures.account(new Grant(Role.COUNTY_VIEWER, null));
        for (String year : new String[]{"2023", "2027", "tjugo", ""}) {
            String page = compile(year, admin).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(year).contains("Välj ett av åren 2026, 2025, 2024.");
        }
        compile("2026", viewer).andExpect(status().isForbidden());
        assertThat(work.of(2026)).isEmpty();
        compile("2026", admin).andExpect(redirectedUrl("/lan/uppfoljning/2026"));
        String again = compile("2026", admin).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).contains("Det finns redan en uppföljning för 2026.");
        mvc.perform(get("/lan/uppfoljning/1999").with(fixtures.as(viewer))).andExpect(status().isNotFound());
        mvc.perform(get("/lan/uppfoljning/2023/rapport.pdf").with(fixtures.as(viewer))).andExpect(status().isNotFound());
        assertThat(page("/lan/uppfoljning/2023", viewer)).contains("Det finns ingen uppföljning för 2023.");
        mvc.perform(post("/lan/uppfoljning/2023/faststall").param("version", "0").with(csrf())
                .with(fixtures.as(admin))).andExpect(status().isNotFound());
    }

    private static String difference(FollowUpFigures.Line after, FollowUpFigures.Line before) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < after.values().size(); i++) {
            BigDecimal value = after.values().get(i).subtract(before.values().get(i));
            text.append(i == 0 ? "" : " ").append(value.stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }

    private CountyReport report(int year) {
        return work.of(year).orElseThrow();
    }

    private ResultActions compile(String year, String username) throws Exception {
        return mvc.perform(post("/lan/uppfoljning").param("year", year).with(csrf()).with(fixtures.as(username)));
    }

    private ResultActions texts(String year, String username, String version, String summary) throws Exception {
        return mvc.perform(post("/lan/uppfoljning/" + year).param("version", version).param("summary", summary)
                .with(csrf()).with(fixtures.as(username)));
    }

    private ResultActions adopt(String year, String username, String version) throws Exception {
        return mvc.perform(post("/lan/uppfoljning/" + year + "/faststall").param("version", version).with(csrf())
                .with(fixtures.as(username)));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] download(String path, String username) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }
}
