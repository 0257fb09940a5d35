package se.samverka.county;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.platform.FormValues;
import se.samverka.rules.CentreKind;
import se.samverka.rules.Outcome;
import se.samverka.rules.RuleBook;

/**
 * The compliance matrix's filters and order as the address gives them (Swedish parameter names). A value the county
 * part or the rule book does not know is ignored, so an edited address shows the whole matrix rather than an error.
 */
record ComplianceQuery(String subRegion, String municipality, CentreKind kind, String ruleId, Outcome outcome,
                       ComplianceMatrix.Sort sort, boolean descending, int page) {

    /** Lines on a page; the workbook has them all. */
    static final int PAGE_SIZE = 100;

    static ComplianceQuery of(MultiValueMap<String, String> query, CountyScope.Part part) {
        String subRegion = query.getFirst("kommunalforbund");
        String municipality = query.getFirst("kommun");
        String rule = query.getFirst("regel");
        return new ComplianceQuery(
                part.subRegions().stream().anyMatch(s -> s.code().equals(subRegion)) ? subRegion : null,
                municipality != null && part.covers(municipality) ? municipality : null,
                FormValues.choice(CentreKind.class, query.getFirst("sort")).orElse(null),
                RuleBook.rule(rule == null ? "" : rule).isPresent() ? rule : null,
                FormValues.choice(Outcome.class, query.getFirst("utfall")).orElse(null),
                FormValues.choice(ComplianceMatrix.Sort.class, query.getFirst("ordning"))
                        .orElse(ComplianceMatrix.Sort.NAME),
                "true".equals(query.getFirst("fallande")),
                FormValues.integer(query.getFirst("sida")).filter(page -> page >= 1).orElse(1));
    }

    /** The lines of the page asked for, or of the last page when it asks for one beyond it. */
    ComplianceMatrix.Page page(ComplianceMatrix matrix) {
        int pages = Math.max(1, (matrix.lines().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(page, pages);
        int from = (number - 1) * PAGE_SIZE;
        return new ComplianceMatrix.Page(matrix.lines().subList(from, Math.min(matrix.lines().size(), from + PAGE_SIZE)),
                number, pages, from + 1, matrix.lines().size());
    }

    /** The address of another page of the same matrix. */
    public String page(int number) {
        return address("/lan/efterlevnad", sort, descending) + (number > 1 ? "&sida=" + number : "");
    }

    ComplianceMatrix.Filter filter() {
        return new ComplianceMatrix.Filter(subRegion, municipality, kind, ruleId, outcome);
    }

    /** The address of the matrix with these filters, ordered by {@code by}: reversed when it is already so ordered. */
    public String sortedBy(String by) {
        ComplianceMatrix.Sort chosen = ComplianceMatrix.Sort.valueOf(by);
        return address("/lan/efterlevnad", chosen, chosen == sort && !descending);
    }

    /** The workbook of what is shown. */
    public String workbook() {
        return address("/lan/efterlevnad.xlsx", sort, descending);
    }

    /** aria-sort of a column header. */
    public String ariaSort(String by) {
        return sort.name().equals(by) ? (descending ? "descending" : "ascending") : null;
    }

    private String address(String path, ComplianceMatrix.Sort order, boolean reversed) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (subRegion != null) {
            uri.queryParam("kommunalforbund", subRegion);
        }
        if (municipality != null) {
            uri.queryParam("kommun", municipality);
        }
        if (kind != null) {
            uri.queryParam("sort", kind);
        }
        if (ruleId != null) {
            uri.queryParam("regel", ruleId);
        }
        if (outcome != null) {
            uri.queryParam("utfall", outcome);
        }
        uri.queryParam("ordning", order);
        if (reversed) {
            uri.queryParam("fallande", "true");
        }
        return uri.encode().build().toUriString();
    }
}
