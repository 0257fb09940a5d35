package se.samverka.economy;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.centre.CentreAction;
import se.samverka.centre.CentreGate;
import se.samverka.centre.CentreParticipants;
import se.samverka.centre.CentreRegistry;
import se.samverka.identity.Actors;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A centre's shared costs: the year's items, adding and changing them, the settings and the settlements. */
@Controller
class EconomyPages {

    private final SharedCosts costs;
    private final CentreRegistry registry;
    private final CentreGate gate;
    private final EconomyValidation validation;
    private final SettlementExports exports;
    private final Actors actors;
    private final Clock clock;
    private final Texts texts;
    private final Changes changes;
    private final RentKeyTexts rentKeys;

    EconomyPages(SharedCosts costs, CentreRegistry registry, CentreGate gate, EconomyValidation validation,
                 SettlementExports exports, Actors actors, Clock clock, Texts texts, Changes changes,
                 RentKeyTexts rentKeys) {
        this.rentKeys = rentKeys;
        this.texts = texts;
        this.changes = changes;
        this.costs = costs;
        this.registry = registry;
        this.gate = gate;
        this.validation = validation;
        this.exports = exports;
        this.actors = actors;
        this.clock = clock;
    }

    /** One settlement period of the year's overview. */
    record PeriodGroup(String code, String label, List<CostItem> items, String total, boolean closed) {
    }

    @GetMapping("/centres/{id}/economy")
    String overview(@PathVariable("id") long centreId, @RequestParam(required = false) String year, Model model) {
        CentreParticipants centre = allowed(centreId, CentreAction.VIEW_ECONOMY);
        int y = year(year);
        EconomyYear settings = costs.year(centreId, y);
        List<CostItem> items = costs.items(centreId, y);
        Set<String> closed = costs.closedPeriods(centreId, y);
        List<PeriodGroup> groups = settings.periodLength().codes().stream().map(code -> {
            List<CostItem> of = items.stream().filter(i -> i.period().equals(code)).toList();
            return new PeriodGroup(code, PeriodLength.label(code), of,
                    Money.kronor(of.stream().mapToLong(CostItem::amountOre).sum()), closed.contains(code));
        }).toList();
        model.addAttribute("centre", centre);
        model.addAttribute("year", y);
        model.addAttribute("settings", settings);
        model.addAttribute("groups", groups);
        model.addAttribute("total", Money.kronor(items.stream().mapToLong(CostItem::amountOre).sum()));
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        return "economy/overview";
    }

    @GetMapping("/centres/{id}/economy/items/new")
    String newItem(@PathVariable("id") long centreId, @RequestParam(required = false) String year,
                   @RequestParam(required = false) String period, @RequestParam(required = false) String corrects,
                   Model model) {
        CentreParticipants centre = allowed(centreId, CentreAction.PREPARE);
        Long correctsId = FormValues.id(corrects).filter(c -> costs.item(centreId, c).isPresent()).orElse(null);
        model.addAttribute("form", CostItemForm.blank(year(year), period, correctsId));
        return itemPage(centre, null, model);
    }

    @PostMapping("/centres/{id}/economy/items")
    String add(@PathVariable("id") long centreId, @ModelAttribute("form") CostItemForm form, BindingResult binding,
               Model model, RedirectAttributes redirect) {
        CentreParticipants centre = allowed(centreId, CentreAction.PREPARE);
        Optional<CostInput> input = validation.validate(form, centre, null, binding);
        if (input.isEmpty()) {
            return itemPage(centre, null, model);
        }
        return changes.attempt(Changes.page(model, SharedCosts.ITEM, null), () -> {
            costs.add(centreId, input.get());
            redirect.addFlashAttribute("notice", "economy.item.added");
            return "redirect:/centres/" + centreId + "/economy?year=" + input.get().year();
        }, () -> itemPage(centre, null, model));
    }

    @GetMapping("/centres/{id}/economy/items/{itemId}/edit")
    String edit(@PathVariable("id") long centreId, @PathVariable long itemId, Model model) {
        CentreParticipants centre = allowed(centreId, CentreAction.PREPARE);
        CostItem item = item(centreId, itemId);
        model.addAttribute("form", CostItemForm.of(item));
        return itemPage(centre, item, model);
    }

    @PostMapping("/centres/{id}/economy/items/{itemId}")
    String change(@PathVariable("id") long centreId, @PathVariable long itemId,
                  @ModelAttribute("form") CostItemForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CentreParticipants centre = allowed(centreId, CentreAction.PREPARE);
        CostItem item = item(centreId, itemId);
        Optional<CostInput> input = validation.validate(form, centre, itemId, binding);
        if (input.isEmpty()) {
            return itemPage(centre, item, model);
        }
        if (input.get().year() != item.year()) {
            binding.rejectValue("year", "economy.form.year.fixed");
            return itemPage(centre, item, model);
        }
        return changes.attempt(Changes.form(model, binding, SharedCosts.ITEM, itemId, item::version), () -> {
            costs.change(centreId, itemId, FormValues.version(form.version()), input.get());
            redirect.addFlashAttribute("notice", "economy.item.saved");
            return "redirect:/centres/" + centreId + "/economy?year=" + item.year();
        }, () -> itemPage(centre, item, model));
    }

    @PostMapping("/centres/{id}/economy/items/{itemId}/remove")
    String remove(@PathVariable("id") long centreId, @PathVariable long itemId,
                  @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreParticipants centre = allowed(centreId, CentreAction.PREPARE);
        CostItem item = item(centreId, itemId);
        return changes.attempt(Changes.page(model, SharedCosts.ITEM, itemId), () -> {
            costs.remove(centreId, itemId, FormValues.version(version));
            redirect.addFlashAttribute("notice", "economy.item.removed");
            return "redirect:/centres/" + centreId + "/economy?year=" + item.year();
        }, () -> {
            model.addAttribute("form", CostItemForm.of(item));
            return itemPage(centre, item, model);
        });
    }

    @GetMapping("/centres/{id}/economy/settings")
    String settings(@PathVariable("id") long centreId, @RequestParam(required = false) String year, Model model) {
        CentreParticipants centre = allowed(centreId, CentreAction.DECIDE);
        model.addAttribute("form", SettingsForm.of(costs.year(centreId, year(year))));
        return settingsPage(centre, year(year), model);
    }

    @PostMapping("/centres/{id}/economy/settings")
    String configure(@PathVariable("id") long centreId, @ModelAttribute("form") SettingsForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        CentreParticipants centre = allowed(centreId, CentreAction.DECIDE);
        int shownYear = FormValues.integer(form.year()).filter(y -> y >= EconomyValidation.FIRST_YEAR
                && y <= EconomyValidation.LAST_YEAR).orElse(LocalDate.now(clock).getYear());
        Optional<EconomyValidation.Settings> settings = validation.validate(form, centre, binding);
        if (settings.isEmpty()) {
            return settingsPage(centre, shownYear, model);
        }
        EconomyYear stored = costs.year(centreId, settings.get().year());
        return changes.attempt(Changes.form(model, binding, SharedCosts.YEAR, stored.id(), stored::version), () -> {
            costs.configure(centreId, settings.get().year(), FormValues.version(form.version()),
                    settings.get().length(), settings.get().key());
            redirect.addFlashAttribute("notice", "economy.settings.saved");
            return "redirect:/centres/" + centreId + "/economy?year=" + settings.get().year();
        }, () -> settingsPage(centre, shownYear, model));
    }

    @GetMapping("/centres/{id}/economy/{year}/{period}")
    String settlement(@PathVariable("id") long centreId, @PathVariable int year, @PathVariable String period,
                      Model model) {
        CentreParticipants centre = allowed(centreId, CentreAction.VIEW_ECONOMY);
        return settlementPage(centre, settlement(centre, year, period), model);
    }

    @GetMapping("/centres/{id}/economy/{year}/{period}/avrakning.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("id") long centreId, @PathVariable int year, @PathVariable String period) {
        CentreParticipants centre = allowed(centreId, CentreAction.VIEW_ECONOMY);
        Settlement settlement = settlement(centre, year, period);
        return download(exports.xlsx(settlement, centre), fileName(settlement, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/centres/{id}/economy/{year}/{period}/avrakning.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("id") long centreId, @PathVariable int year, @PathVariable String period) {
        CentreParticipants centre = allowed(centreId, CentreAction.VIEW_ECONOMY);
        Settlement settlement = settlement(centre, year, period);
        return download(exports.pdf(settlement, centre), fileName(settlement, "pdf"), MediaType.APPLICATION_PDF);
    }

    @PostMapping("/centres/{id}/economy/{year}/{period}/close")
    String close(@PathVariable("id") long centreId, @PathVariable int year, @PathVariable String period,
                 @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        CentreParticipants centre = allowed(centreId, CentreAction.DECIDE);
        Settlement settlement = settlement(centre, year, period);
        return changes.attempt(Changes.page(model, SharedCosts.SETTLEMENT, null), () -> {
            costs.close(centreId, year, period, centre.baseOperations(), FormValues.version(version),
                    actors.require().username());
            redirect.addFlashAttribute("notice", "economy.settlement.closed");
            return "redirect:/centres/" + centreId + "/economy/" + year + "/" + period;
        }, () -> settlementPage(centre, settlement, model));
    }

    private Settlement settlement(CentreParticipants centre, int year, String period) {
        if (year < EconomyValidation.FIRST_YEAR || year > EconomyValidation.LAST_YEAR
                || !costs.year(centre.id(), year).periodLength().has(period)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return costs.settlement(centre.id(), year, period, centre.baseOperations(), centre.establishedOn());
    }

    private String settlementPage(CentreParticipants centre, Settlement settlement, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("settlement", settlement);
        model.addAttribute("operations", settlement.operations());
        model.addAttribute("closedAt", settlement.closed() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(settlement.closed().closedAt().atZone(clock.getZone())));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        if (settlement.premises() != null) {
            model.addAttribute("rentAgreements", rentKeys.agreements(settlement.premises(), locale));
            model.addAttribute("rentShares", rentKeys.shares(settlement.premises(), locale));
        }
        model.addAttribute("compensations", rentKeys.compensations(settlement, locale));
        model.addAttribute("fingerprint", SharedCosts.fingerprint(settlement.lines().stream()
                .map(Settlement.Line::item).toList()));
        model.addAttribute("canChange", gate.may(centre.id(), CentreAction.PREPARE));
        model.addAttribute("canDecide", gate.may(centre.id(), CentreAction.DECIDE));
        return "economy/settlement";
    }

    private String itemPage(CentreParticipants centre, CostItem item, Model model) {
        CostItemForm form = (CostItemForm) model.getAttribute("form");
        int y = form == null ? LocalDate.now(clock).getYear()
                : FormValues.integer(form.year()).filter(v -> v >= EconomyValidation.FIRST_YEAR
                && v <= EconomyValidation.LAST_YEAR).orElse(LocalDate.now(clock).getYear());
        EconomyYear settings = costs.year(centre.id(), y);
        Set<String> closed = costs.closedPeriods(centre.id(), y);
        model.addAttribute("centre", centre);
        model.addAttribute("item", item);
        model.addAttribute("year", y);
        model.addAttribute("periods", settings.periodLength().codes().stream()
                .map(code -> new PeriodGroup(code, PeriodLength.label(code), List.of(), "", closed.contains(code)))
                .toList());
        model.addAttribute("categories", CostCategory.values());
        model.addAttribute("employerOperations", centre.employerOperations());
        model.addAttribute("correctable", costs.items(centre.id(), y).stream()
                .filter(i -> item == null || !i.id().equals(item.id())).toList());
        return "economy/item-form";
    }

    private String settingsPage(CentreParticipants centre, int year, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("year", year);
        model.addAttribute("lengths", PeriodLength.values());
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        centre.baseOperations().forEach(op -> labels.put(SettingsForm.field(op),
                texts.message("economy.settings.weight", texts.operation(op))));
        model.addAttribute("weightLabels", labels);
        model.addAttribute("hasItems", !costs.items(centre.id(), year).isEmpty());
        // the usage rights in force today, or on the year's first day when the year is another
        LocalDate today = LocalDate.now(clock);
        var premises = costs.premises(centre.id(), today.getYear() == year ? today : LocalDate.of(year, 1, 1));
        if (premises != null) {
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("rentAgreements", rentKeys.agreements(premises, locale));
            model.addAttribute("rentShares", rentKeys.shares(premises, locale));
        }
        return "economy/settings";
    }

    private int year(String year) {
        return FormValues.integer(year).filter(y -> y >= EconomyValidation.FIRST_YEAR && y <= EconomyValidation.LAST_YEAR)
                .orElse(LocalDate.now(clock).getYear());
    }

    private CostItem item(long centreId, long itemId) {
        return costs.item(centreId, itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CentreParticipants centre(long centreId) {
        return registry.participants(centreId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CentreParticipants allowed(long centreId, CentreAction action) {
        gate.check(centreId, action);
        return centre(centreId);
    }

    private static String fileName(Settlement settlement, String extension) {
        return "avrakning-" + settlement.centreId() + "-" + settlement.year() + "-" + settlement.period() + "."
                + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
