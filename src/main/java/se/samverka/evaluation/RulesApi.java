package se.samverka.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverka.platform.InvalidRequestException;
import se.samverka.platform.InvalidRequestException.FieldProblem;
import se.samverka.platform.Texts;
import se.samverka.rules.Classifier;
import se.samverka.rules.IdentityNumber;
import se.samverka.rules.R13a;
import se.samverka.rules.R14a;
import se.samverka.rules.R14b;
import se.samverka.rules.R14c;
import se.samverka.rules.R15c;
import se.samverka.rules.R15d;
import se.samverka.rules.R4a;
import se.samverka.rules.RB2a;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The agreement's rules as a public, stateless API. */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regler", description = "Samverkansavtalets regler, utan inloggning")
class RulesApi {

    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final Texts texts;
    private final Clock clock;

    RulesApi(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    @PostMapping(path = "/classification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Klassificera en planerad verksamhet",
            description = "Svarar vilken sorts verksamhet basverksamheterna utgör enligt avtalets §8.2–8.4 och "
                    + "bilaga 3, varför, och vad som saknas för familjecentralsliknande verksamhet och familjecentral.")
    ClassificationResponse classify(@RequestBody ClassificationRequest request) {
        return ClassificationResponse.of(Classifier.classify(request.toConfiguration(texts)), texts);
    }

    @GetMapping("/regional-agreement")
    @Operation(summary = "Det regionala samverkansavtalets period",
            description = "Perioden som gäller ett visst datum och sista dag för skriftlig uppsägning (R4a). "
                    + "Samverka läser \"förlängs automatiskt med 2 år\" som två år i taget.")
    ResponseEntity<?> regionalAgreement(
            @Parameter(description = "Datum (ÅÅÅÅ-MM-DD); i dag om det utelämnas")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        if (date.isAfter(LAST_DATE)) {
            throw new InvalidRequestException(List.of(new FieldProblem("on", texts.message("api.date-too-late"))));
        }
        return R4a.RULE.periodOn(date)
                .<ResponseEntity<?>>map(period -> ResponseEntity.ok(RegionalAgreementResponse.of(period, R4a.RULE.id(),
                        texts.message("regional-agreement.extension-note"))))
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            texts.message("api.regional-agreement.not-in-force", date, R4a.FIRST_START));
                    problem.setTitle(texts.message("error.404.title"));
                    return ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                });
    }

    @PostMapping(path = "/usage-right-notice", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "När ett uppsagt nyttjanderättsavtal upphör",
            description = "Sista dagen för nyttjanderätten när avtalet sägs upp skriftligen en viss dag: vid det "
                    + "månadsskifte som inträffar närmast efter uppsägningstiden (RB2a, bilaga 2 avsnitt 3). "
                    + "Uppsägningstiden anges i månader (1–120); mallens sex månader om den utelämnas.")
    UsageRightNoticeResponse usageRightNotice(@RequestBody UsageRightNoticeRequest request) {
        UsageRightNoticeRequest.Notice notice = request.toNotice(texts);
        return new UsageRightNoticeResponse(notice.date(), notice.months(),
                RB2a.RULE.endsOn(notice.date(), notice.months()), RB2a.RULE.id(), RB2a.RULE.quote());
    }

    @PostMapping(path = "/agreement-term", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pröva ett lokalt samverkansavtals avtalstid",
            description = "Avtalstidens längd (första och sista dagen inräknade), sista dag för skriftlig "
                    + "uppsägning (R15d; sex månaders varsel om inget annat anges) och varningar om avtalstiden "
                    + "avviker från rekommendationen om 3–5 år eller inte följer nyttjanderättsavtalet för en "
                    + "gemensam lokal (R15c, bilaga 1 avsnitt 2).")
    AgreementTermResponse agreementTerm(@RequestBody AgreementTermRequest request) {
        AgreementTermRequest.Term term = request.toTerm(texts);
        return AgreementTermResponse.of(term.start(), term.end(), R15c.RULE.length(term.start(), term.end()),
                R15d.RULE.lastNoticeDay(term.end(), term.noticeMonths()),
                R15c.RULE.check(term.start(), term.end(), term.sharedPremises(), term.usageRightEnd()), texts);
    }

    @PostMapping(path = "/identity-number", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pröva ett personnummer eller samordningsnummer",
            description = "Kontrollerar form, födelsedatum (för samordningsnummer dag + 60) och kontrollsiffra och "
                    + "svarar med numret i tolv siffror och födelsedatumet. Med tio siffror avgör skiljetecknet "
                    + "århundradet: - (eller inget) för den som är under 100 år i dag, + för 100 år eller äldre. "
                    + "Ett ogiltigt nummer ger valid=false och skälet på svenska. Ingenting sparas eller loggas.")
    IdentityNumberResponse identityNumber(@RequestBody IdentityNumberRequest request) {
        return IdentityNumberResponse.of(IdentityNumber.check(request.toValue(texts), LocalDate.now(clock)), texts);
    }

    @PostMapping(path = "/disclosure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pröva om uppgifter om en person får lämnas till en annan verksamhet",
            description = "Avgör ett utlämnande mellan två basverksamheter i familjecentralen utifrån det som anges "
                    + "(inget slås upp, sparas eller loggas): med ett samtycke som gäller den dagen (första och sista "
                    + "dagen inräknade, inte från den dag det återkallas), omfattar riktningen och slaget av uppgifter "
                    + "och är lämnat av rätt personer (en vuxen själv; ett barns vårdnadshavare, båda vid gemensam "
                    + "vårdnad), eller med en sekretessbrytande regel ur katalogen och skälet i det enskilda fallet "
                    + "(R13a, R13c). En angiven sekretessbrytande regel är den grund som prövas. Ett nekat "
                    + "utlämnande ger allowed=false och ett skäl på svenska per villkor som inte är uppfyllt; "
                    + "consent i ett skäl är samtyckets plats i consents, räknat från 0.")
    DisclosureResponse disclosure(@RequestBody DisclosureRequest request) {
        DisclosureRequest.Decision decision = request.toDecision(texts, LocalDate.now(clock));
        return DisclosureResponse.of(decision,
                R13a.RULE.decide(decision.disclosure(), decision.consents(), decision.ground()), texts);
    }

    @PostMapping(path = "/cost-split", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dela en gemensam kostnad mellan basverksamheterna",
            description = "Fördelar en gemensam kostnad (total, i kronor med högst två decimaler) mellan "
                    + "basverksamheterna i operations och anger vad var och en ska ersätta den som betalat (payer). "
                    + "Utan nyckel delas kostnaden lika, som kostnaden för samordnaren (R14a); med en nyckel "
                    + "(key, en vikt per basverksamhet) enligt det lokala samverkansavtalet (R14b). Beloppen är "
                    + "exakta på öret och summerar alltid till totalen; öre som inte går jämnt ut tillfaller först "
                    + "den som betalat och sedan basverksamheterna i avtalets ordning (R14c).")
    CostSplitResponse costSplit(@RequestBody CostSplitRequest request) {
        CostSplitRequest.Split split = request.toSplit(texts);
        List<String> ruleIds = List.of(split.key() == null ? R14a.RULE.id() : R14b.RULE.id(), R14c.RULE.id());
        return CostSplitResponse.of(split.totalOre(), split.payer().name(), ruleIds,
                R14c.RULE.settle(split.totalOre(), split.operations(), split.payer(), split.key()));
    }
}
