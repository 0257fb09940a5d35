package se.samverka.county;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.document.UploadedPdf;
import se.samverka.identity.Actors;
import se.samverka.rules.R4a;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 50 parties' adoption of the regional agreement (R4b): the parties, a party's decisions and the county
 * administrator's recording of one with its minutes, and the timeline of every decision.
 */
@Controller
class PartyPages {

    /** The minutes of a decision: the same limit as a signed consent form, within the server's multipart limit. */
    static final int MAX_DOCUMENT = 10 * 1024 * 1024;

    private final CountyOverview overview;
    private final CountyScope scope;
    private final RegionalDecisions decisions;
    private final Parties parties;
    private final Actors actors;
    private final Clock clock;

    PartyPages(CountyOverview overview, CountyScope scope, RegionalDecisions decisions, Parties parties, Actors actors,
               Clock clock) {
        this.overview = overview;
        this.scope = scope;
        this.decisions = decisions;
        this.parties = parties;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/lan/parter")
    String parties(Model model) {
        List<Party> parties = overview.partiesIn(scope.current());
        model.addAttribute("parties", parties);
        model.addAttribute("adopted", parties.stream().filter(p -> p.adoption().isPresent()).count());
        return "county/parties";
    }

    @GetMapping("/lan/parter/{id}")
    String party(@PathVariable long id, Model model) {
        return partyPage(party(id), DecisionForm.empty(), model);
    }

    /**
     * The county administrator records a party's decision, with its minutes as a PDF if there is one. The CSRF token
     * is also in the form's address, so that a file too large to read is answered as too large.
     */
    @PostMapping("/lan/parter/{id}/beslut")
    String record(@PathVariable long id, @ModelAttribute("form") DecisionForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile document, Model model,
                  RedirectAttributes redirect) throws IOException {
        Party party = party(id);
        if (!actors.require().isCountyAdmin()) {
            throw new AccessDeniedException("Bara länsadministratören registrerar beslut");
        }
        Optional<RegionalDecisions.NewDecision> decision = form.validate(id, LocalDate.now(clock), errors);
        boolean attached = document != null && !document.isEmpty();
        Optional<UploadedPdf.Problem> problem = attached ? UploadedPdf.problem(document, MAX_DOCUMENT)
                : Optional.empty();
        problem.ifPresent(p -> errors.reject("county.decision.document." + p.name().toLowerCase(Locale.ROOT),
                new Object[]{MAX_DOCUMENT / 1024 / 1024}, null));
        if (decision.isEmpty() || problem.isPresent()) {
            return partyPage(party, form, model);
        }
        decisions.record(decision.get(), attached ? UploadedPdf.filename(document, "beslut.pdf") : null,
                attached ? document.getBytes() : null, actors.require().username());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/lan/parter/" + id;
    }

    @GetMapping("/lan/beslut/{id}/dokument")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        RegionalDecisions.Document document = decisions.document(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .eTag("\"" + document.sha256() + "\"")
                .body(document.content());
    }

    @GetMapping("/lan/tidslinje")
    String timeline(Model model) {
        CountyScope.Part part = scope.current();
        Map<Long, Party> parties = overview.partiesIn(part).stream()
                .collect(Collectors.toMap(p -> p.principal().id(), Function.identity()));
        model.addAttribute("decisions", decisions.all().stream()
                .filter(d -> d.principalId() == null || parties.containsKey(d.principalId()))
                .toList());
        model.addAttribute("parties", parties);
        return "county/timeline";
    }

    private Party party(long id) {
        return parties.party(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String partyPage(Party party, DecisionForm form, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("party", party);
        model.addAttribute("form", form);
        model.addAttribute("outcomes", DecisionForm.OUTCOMES);
        model.addAttribute("bodyKinds", DecisionForm.BODY_KINDS);
        model.addAttribute("noticeToday", R4a.RULE.lastPeriod(today));
        model.addAttribute("maxDocumentMb", MAX_DOCUMENT / 1024 / 1024);
        return "county/party";
    }
}
