package se.samverka.county;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.centre.CentreCompliance;
import se.samverka.identity.Actors;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The compliance matrix (§4): centres × rules, filtered, ordered and in pages, and the whole of it as XLSX. */
@Controller
class CompliancePages {

    private final CountyScope scope;
    private final CentreCompliance compliance;
    private final ComplianceWorkbook workbook;
    private final Actors actors;
    private final Clock clock;

    CompliancePages(CountyScope scope, CentreCompliance compliance, ComplianceWorkbook workbook, Actors actors,
                    Clock clock) {
        this.scope = scope;
        this.compliance = compliance;
        this.workbook = workbook;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/lan/efterlevnad")
    String matrix(@RequestParam MultiValueMap<String, String> query, Model model) {
        CountyScope.Part part = scope.current();
        ComplianceQuery chosen = ComplianceQuery.of(query, part);
        List<CentreCompliance.Row> rows = compliance.visibleTo(actors.require());
        ComplianceMatrix matrix = ComplianceMatrix.of(rows, part.municipalities(), chosen.filter(), chosen.sort(),
                chosen.descending());
        model.addAttribute("matrix", matrix);
        model.addAttribute("page", chosen.page(matrix));
        model.addAttribute("rules", ComplianceMatrix.of(rows, part.municipalities(), ComplianceMatrix.Filter.NONE,
                ComplianceMatrix.Sort.NAME, false).ruleIds());
        model.addAttribute("query", chosen);
        model.addAttribute("part", part);
        return "county/matrix";
    }

    @GetMapping("/lan/efterlevnad.xlsx")
    ResponseEntity<byte[]> matrixWorkbook(@RequestParam MultiValueMap<String, String> query) {
        CountyScope.Part part = scope.current();
        ComplianceQuery chosen = ComplianceQuery.of(query, part);
        ComplianceMatrix matrix = ComplianceMatrix.of(compliance.visibleTo(actors.require()), part.municipalities(),
                chosen.filter(), chosen.sort(), chosen.descending());
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("regelkontroll-" + today + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook.xlsx(matrix, today));
    }
}
