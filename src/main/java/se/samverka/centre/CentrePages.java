package se.samverka.centre;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
import se.samverka.identity.Actors;
import se.samverka.organisation.Municipality;
import se.samverka.organisation.Organisations;
import se.samverka.organisation.PrincipalSummary;
import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreKind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The centre list, a centre's page, and registering and describing centres. */
@Controller
class CentrePages {

    static final int PAGE_SIZE = 50;

    private final CentreRegistry registry;
    private final CentreQueries queries;
    private final CentreAccess access;
    private final CentreChecklist checklist;
    private final CentreFormValidation validation;
    private final Organisations organisations;
    private final Actors actors;
    private final List<CentrePageSection> sections;
    private final Changes changes;
    private final CentreGate gate;
    private final PartyConsent consent;
    private final Clock clock;

    CentrePages(CentreRegistry registry, CentreQueries queries, CentreAccess access, CentreChecklist checklist,
                CentreFormValidation validation, Organisations organisations, Actors actors,
                List<CentrePageSection> sections, Changes changes, CentreGate gate, PartyConsent consent,
                Clock clock) {
        this.registry = registry;
        this.queries = queries;
        this.access = access;
        this.checklist = checklist;
        this.validation = validation;
        this.organisations = organisations;
        this.actors = actors;
        this.sections = sections;
        this.changes = changes;
        this.gate = gate;
        this.consent = consent;
        this.clock = clock;
    }

    @GetMapping("/centres")
    String list(@RequestParam(required = false) String municipality, @RequestParam(required = false) String subRegion,
                @RequestParam(required = false) CentreKind kind, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String page, Model model) {
        listModel(new CentreQueries.Filter(municipality, subRegion, kind), sort, page, model);
        return "centre/list";
    }

    @HxRequest
    @GetMapping("/centres")
    String listResults(@RequestParam(required = false) String municipality,
                       @RequestParam(required = false) String subRegion,
                       @RequestParam(required = false) CentreKind kind, @RequestParam(required = false) String sort,
                       @RequestParam(required = false) String page, Model model) {
        listModel(new CentreQueries.Filter(municipality, subRegion, kind), sort, page, model);
        return "centre/list :: results";
    }

    /** 50 a page; a sort or page the list does not know shows the first page by name. */
    private void listModel(CentreQueries.Filter filter, String sort, String page, Model model) {
        CentreAccess.Scope scope = access.scope(actors.require());
        ListOrder order = ListOrder.parse(sort);
        model.addAttribute("page", queries.page(filter, scope.visibility(CentreAction.VIEW), order.sort(),
                order.descending(), pageNumber(page), PAGE_SIZE));
        model.addAttribute("order", order);
        model.addAttribute("links", new ListLinks(filter, order));
        model.addAttribute("municipalities", organisations.municipalities());
        model.addAttribute("subRegions", organisations.subRegions());
        model.addAttribute("kinds", CentreKind.values());
        model.addAttribute("operations", BaseOperation.values());
        model.addAttribute("filter", filter);
        model.addAttribute("selectedKind", filter.kind());
        model.addAttribute("canRegister", scope.canRegisterAny());
    }

    /** The list's order as the {@code sort} parameter says it: a column's name, with a leading minus for descending. */
    record ListOrder(CentreQueries.Sort sort, boolean descending) {

        static ListOrder parse(String parameter) {
            if (parameter == null) {
                return new ListOrder(CentreQueries.Sort.NAME, false);
            }
            boolean descending = parameter.startsWith("-");
            String column = (descending ? parameter.substring(1) : parameter).replace('-', '_').toUpperCase(Locale.ROOT);
            return Arrays.stream(CentreQueries.Sort.values()).filter(s -> s.name().equals(column)).findFirst()
                    .map(s -> new ListOrder(s, descending))
                    .orElse(new ListOrder(CentreQueries.Sort.NAME, false));
        }

        /** The parameter that sorts by the column: the other direction when the list is sorted by it now. */
        public String toggle(String column) {
            String parameter = column.toLowerCase(Locale.ROOT).replace('_', '-');
            return sort.name().equals(column) && !descending ? "-" + parameter : parameter;
        }

        /** The value of aria-sort for the column's header. */
        public String ariaSort(String column) {
            return !sort.name().equals(column) ? null : descending ? "descending" : "ascending";
        }

        public String parameter() {
            String parameter = sort.name().toLowerCase(Locale.ROOT).replace('_', '-');
            return descending ? "-" + parameter : parameter;
        }
    }

    /** The addresses of the list's other pages and orders, with the filter kept and nothing empty. */
    record ListLinks(CentreQueries.Filter filter, ListOrder order) {

        public String page(int number) {
            return link(order.parameter(), number);
        }

        public String sortBy(String column) {
            return link(order.toggle(column), 1);
        }

        private String link(String sort, int page) {
            var parameters = new LinkedHashMap<String, String>();
            parameters.put("municipality", filter.municipalityCode());
            parameters.put("subRegion", filter.subRegionCode());
            parameters.put("kind", filter.kind() == null ? null : filter.kind().name());
            parameters.put("sort", "name".equals(sort) ? null : sort);
            parameters.put("page", page == 1 ? null : Integer.toString(page));
            String query = parameters.entrySet().stream().filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? "/centres" : "/centres?" + query;
        }
    }

    static int pageNumber(String page) {
        if (page == null || !page.matches("[1-9][0-9]{0,5}")) {
            return 1;
        }
        return Integer.parseInt(page);
    }

    @GetMapping("/centres/new")
    String newCentre(Model model) {
        CentreAccess.Scope scope = access.scope(actors.require());
        if (!scope.canRegisterAny()) {
            throw new AccessDeniedException("Får inte registrera familjecentraler");
        }
        String municipality = scope.municipalities().size() == 1 ? scope.municipalities().iterator().next() : null;
        model.addAttribute("form", CentreForm.empty(municipality));
        return formPage(null, scope, model);
    }

    @PostMapping("/centres")
    String register(@ModelAttribute("form") CentreForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        CentreAccess.Scope scope = access.scope(actors.require());
        if (!scope.canRegisterAny()) {
            throw new AccessDeniedException("Får inte registrera familjecentraler");
        }
        Optional<CentreDescription> description = validation.validate(form, binding);
        if (description.isPresent() && !scope.canRegister(description.get().municipalityCode())) {
            binding.rejectValue("municipalityCode", "centre.municipality.not-yours");
        }
        if (binding.hasErrors()) {
            return formPage(null, scope, model);
        }
        PartyConsent.Registered registered = consent.register(actors.require(), description.get());
        redirect.addFlashAttribute("saved", true);
        redirect.addFlashAttribute("unitsProposed", !registered.proposed().isEmpty());
        return "redirect:/centres/" + registered.id();
    }

    @GetMapping("/centres/{id}")
    String show(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.VIEW);
        Set<CentreAction> may = gate.actions(id);
        model.addAttribute("centre", centre);
        model.addAttribute("checklist", checklist.of(centre));
        model.addAttribute("canDescribe", may.contains(CentreAction.DESCRIBE));
        model.addAttribute("canDecide", may.contains(CentreAction.DECIDE));
        model.addAttribute("proposals", may.contains(CentreAction.FOLLOW) ? consent.pendingAt(id) : List.of());
        model.addAttribute("sections", may.contains(CentreAction.FOLLOW)
                ? sections.stream().map(s -> s.section(centre, may)).flatMap(Optional::stream).toList()
                : List.of());
        return "centre/show";
    }

    @GetMapping("/centres/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.DESCRIBE);
        model.addAttribute("form", CentreForm.of(centre));
        return formPage(centre, access.scope(actors.require()), model);
    }

    @PostMapping("/centres/{id}")
    String describe(@PathVariable long id, @ModelAttribute("form") CentreForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DESCRIBE);
        CentreAccess.Scope scope = access.scope(actors.require());
        Optional<CentreDescription> description = validation.validate(form, binding);
        if (description.isPresent() && !description.get().municipalityCode().equals(centre.municipality().code())
                && !scope.canRegister(description.get().municipalityCode())) {
            binding.rejectValue("municipalityCode", "centre.municipality.not-yours");
        }
        if (binding.hasErrors()) {
            return formPage(centre, scope, model);
        }
        return changes.attempt(Changes.form(model, binding, CentreRegistry.CENTRE, id, centre::version), () -> {
            if (!consent.describe(actors.require(), id, form.expectedVersion(), description.get()).isEmpty()) {
                redirect.addFlashAttribute("unitsProposed", true);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/centres/" + id;
        }, () -> formPage(centre, scope, model));
    }

    @GetMapping("/centres/{id}/coordinator")
    String coordinator(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        model.addAttribute("form", CoordinatorForm.of(centre));
        return coordinatorPage(centre, model);
    }

    @PostMapping("/centres/{id}/coordinator")
    String appoint(@PathVariable long id, @ModelAttribute("form") CoordinatorForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        if (form.name() == null || form.name().isBlank()) {
            binding.rejectValue("name", "coordinator.name.required");
        } else if (form.name().trim().length() > CentreFormValidation.MAX_TEXT) {
            binding.rejectValue("name", "form.too-long", new Object[]{CentreFormValidation.MAX_TEXT}, null);
        }
        Optional<Long> employer = FormValues.id(form.employerId()).filter(centre.principalIds()::contains);
        if (employer.isEmpty()) {
            binding.rejectValue("employerId", "coordinator.employer.required");
        }
        Optional<Integer> serviceGrade = FormValues.integer(form.serviceGrade()).filter(g -> g >= 1 && g <= 100);
        if (serviceGrade.isEmpty()) {
            binding.rejectValue("serviceGrade", "coordinator.service-grade.range");
        }
        Optional<LocalDate> appointedOn = decisionDate(form.appointedOn(), "appointedOn", binding);
        if (binding.hasErrors()) {
            return coordinatorPage(centre, model);
        }
        return changes.attempt(Changes.form(model, binding, CentreRegistry.CENTRE, id, centre::version), () -> {
            boolean proposed = consent.appoint(actors.require(), id, form.expectedVersion(), new Coordinator(
                    form.name(), employer.get(), serviceGrade.get(), appointedOn.get())).isPresent();
            redirect.addFlashAttribute(proposed ? "proposed" : "saved", true);
            return "redirect:/centres/" + id;
        }, () -> coordinatorPage(centre, model));
    }

    @PostMapping("/centres/{id}/coordinator/dismiss")
    String dismiss(@PathVariable long id, @ModelAttribute("dismissal") DismissalForm form, BindingResult binding,
                   Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DECIDE);
        if (centre.coordinator() == null) {
            binding.reject("coordinator.dismiss.none");
        }
        Optional<LocalDate> decidedOn = decisionDate(form.decidedOn(), "decidedOn", binding);
        model.addAttribute("form", CoordinatorForm.of(centre));
        if (binding.hasErrors()) {
            return coordinatorPage(centre, model);
        }
        return changes.attempt(Changes.form(model, binding, CentreRegistry.CENTRE, id, centre::version), () -> {
            consent.dismiss(actors.require(), id, form.expectedVersion(), decidedOn.get());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/centres/" + id;
        }, () -> coordinatorPage(centre, model));
    }

    /** The date of the steering group's decision: required, and not after today. */
    private Optional<LocalDate> decisionDate(String value, String field, BindingResult binding) {
        Optional<LocalDate> date = FormValues.date(value);
        if (FormValues.blank(value)) {
            binding.rejectValue(field, "coordinator.decided-on.required");
        } else if (date.isEmpty()) {
            binding.rejectValue(field, "coordinator.decided-on.format");
        } else if (date.get().isAfter(LocalDate.now(clock))) {
            binding.rejectValue(field, "coordinator.decided-on.future");
            return Optional.empty();
        }
        return date;
    }

    @GetMapping("/centres/{id}/steering-group")
    String steeringGroupChoice(@PathVariable long id, Model model) {
        CentreView centre = gate.require(id, CentreAction.DESCRIBE);
        model.addAttribute("form", new SteeringGroupChoiceForm(
                centre.steeringGroup() == null ? "" : String.valueOf(centre.steeringGroup().id()), "",
                String.valueOf(centre.version())));
        return choicePage(centre, model);
    }

    @PostMapping("/centres/{id}/steering-group")
    String chooseSteeringGroup(@PathVariable long id, @RequestParam(required = false) String action,
                               @ModelAttribute("form") SteeringGroupChoiceForm form, BindingResult binding,
                               Model model, RedirectAttributes redirect) {
        CentreView centre = gate.require(id, CentreAction.DESCRIBE);
        if (binding.hasErrors()) {
            return choicePage(centre, model);
        }
        return changes.attempt(Changes.form(model, binding, CentreRegistry.CENTRE, id, centre::version), () -> {
            switch (action == null ? "" : action) {
                case "form" -> {
                    if (form.newName() == null || form.newName().isBlank()) {
                        binding.rejectValue("newName", "steering-group.name.required");
                        return choicePage(centre, model);
                    }
                    if (form.newName().trim().length() > CentreFormValidation.MAX_TEXT) {
                        binding.rejectValue("newName", "form.too-long", new Object[]{CentreFormValidation.MAX_TEXT}, null);
                        return choicePage(centre, model);
                    }
                    long group = registry.formSteeringGroup(id, form.expectedVersion(), form.newName());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/steering-groups/" + group;
                }
                case "attach" -> {
                    Optional<Long> group = FormValues.id(form.steeringGroupId())
                            .filter(chosen -> choices(centre).stream().anyMatch(choice -> choice.id() == chosen));
                    if (group.isEmpty()) {
                        binding.rejectValue("steeringGroupId", "steering-group.choice.required");
                        return choicePage(centre, model);
                    }
                    registry.governBy(id, form.expectedVersion(), group.get());
                }
                case "detach" -> registry.governBy(id, form.expectedVersion(), null);
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/centres/" + id;
        }, () -> choicePage(centre, model));
    }

    private String formPage(CentreView centre, CentreAccess.Scope scope, Model model) {
        model.addAttribute("centre", centre);
        List<Municipality> municipalities = organisations.municipalities().stream()
                .filter(m -> scope.canRegister(m.code()) || (centre != null && centre.municipality().code().equals(m.code())))
                .toList();
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("unitsByOperation", Arrays.stream(BaseOperation.values())
                .collect(Collectors.toMap(op -> op, organisations::units)));
        return "centre/form";
    }

    private String coordinatorPage(CentreView centre, Model model) {
        model.addAttribute("centre", centre);
        if (!model.containsAttribute("dismissal")) {
            model.addAttribute("dismissal", new DismissalForm("", String.valueOf(centre.version())));
        }
        Map<Long, PrincipalSummary> employers = centre.participations().stream()
                .map(p -> p.unit().principal())
                .collect(Collectors.toMap(PrincipalSummary::id, p -> p, (a, b) -> a));
        model.addAttribute("employers", employers.values().stream()
                .sorted(Comparator.comparing(PrincipalSummary::name)).toList());
        return "centre/coordinator";
    }

    private List<CentreView.CentreReference> choices(CentreView centre) {
        return queries.steeringGroupsIn(centre.municipality().code());
    }

    private String choicePage(CentreView centre, Model model) {
        model.addAttribute("centre", centre);
        model.addAttribute("choices", choices(centre));
        return "centre/steering-group-choice";
    }
}
