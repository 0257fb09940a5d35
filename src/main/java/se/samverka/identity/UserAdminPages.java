package se.samverka.identity;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.http.HttpStatus;
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

import se.samverka.platform.Changes;
import se.samverka.platform.FormValues;
import se.samverka.platform.Refusal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** County administrators create accounts and give them roles (SecurityConfiguration guards /admin). */
@Controller
class UserAdminPages {

    record GrantLine(Role role, Long scopeId, String scopeLabel) {
    }

    private final UserAccounts accounts;
    private final Actors actors;
    private final Changes changes;
    private final Map<Role.Scope, GrantScopes> scopes = new EnumMap<>(Role.Scope.class);

    UserAdminPages(UserAccounts accounts, Actors actors, Changes changes, List<GrantScopes> scopeProviders) {
        this.accounts = accounts;
        this.actors = actors;
        this.changes = changes;
        scopeProviders.forEach(provider -> scopes.put(provider.scope(), provider));
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForms.NewUser("", "", "", "", "", ""));
        return newUserPage(null, model);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") UserForms.NewUser form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        UserForms.checkUsername(form.username(), binding);
        UserForms.checkDisplayName(form.displayName(), binding);
        UserForms.checkEmail(form.email(), binding);
        UserForms.checkPassword("password", form.password(), form.username(), binding);
        Optional<Grant> grant = grant(form.roleValue(), form.scopeId(), binding);
        if (binding.hasErrors()) {
            return newUserPage(form.roleValue(), model);
        }
        try {
            long id = accounts.create(form.username(), form.displayName(), form.email(), form.password(),
                    grant.map(Set::of).orElse(Set.of()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        } catch (UserAccounts.UsernameTakenException e) {
            binding.rejectValue("username", "user.username.taken");
            return newUserPage(form.roleValue(), model);
        }
    }

    @HxRequest
    @GetMapping("/admin/users/scopes")
    String scopeOptions(@RequestParam(required = false) String role, Model model) {
        model.addAttribute("scopeOptions", options(FormValues.choice(Role.class, role).orElse(null)));
        model.addAttribute("selectedScope", null);
        return "identity/user-new :: scope-options";
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable long id, Model model) {
        AccountSummary account = load(id);
        model.addAttribute("form", accountForm(account));
        model.addAttribute("grantForm", grantForm(account));
        return accountPage(account, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForms.Account form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        AccountSummary account = load(id);
        model.addAttribute("grantForm", grantForm(account));
        UserForms.checkDisplayName(form.displayName(), binding);
        UserForms.checkEmail(form.email(), binding);
        UserForms.checkPassword("newPassword", form.newPassword(), account.username(), binding);
        if (!form.enabledChecked() && account.id() == actors.require().userId()) {
            binding.rejectValue("enabled", "user.cannot-disable-self");
        }
        if (binding.hasErrors()) {
            return accountPage(account, model);
        }
        return changes.attempt(Changes.form(model, binding, UserAccounts.AUDIT_TYPE, id, account::version), () -> {
            accounts.update(id, form.expectedVersion(), form.displayName(), form.email(), form.enabledChecked(),
                    form.newPassword());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        }, () -> accountPage(account, model));
    }

    @PostMapping("/admin/users/{id}/grants")
    String addGrant(@PathVariable long id, @ModelAttribute("grantForm") UserForms.GrantChange form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        AccountSummary account = load(id);
        model.addAttribute("form", accountForm(account));
        Optional<Grant> grant = grant(form.roleValue(), form.scopeId(), binding);
        if (grant.isEmpty() && !binding.hasErrors()) {
            binding.rejectValue("role", "user.role.required");
        }
        if (binding.hasErrors()) {
            return accountPage(account, model);
        }
        return changes.attempt(Changes.form(model, binding, UserAccounts.AUDIT_TYPE, id, account::version), () -> {
            accounts.grant(id, form.expectedVersion(), grant.get());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        }, () -> accountPage(account, model));
    }

    @PostMapping("/admin/users/{id}/grants/remove")
    String removeGrant(@PathVariable long id, @RequestParam(required = false) String role,
                       @RequestParam(required = false) String scopeId, @RequestParam(required = false) String version,
                       Model model, RedirectAttributes redirect) {
        AccountSummary account = load(id);
        Role revoked = FormValues.choice(Role.class, role).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Long scope = FormValues.id(scopeId).orElse(null);
        if ((revoked.scope() == Role.Scope.NONE) != (scope == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return changes.attempt(Changes.page(model, UserAccounts.AUDIT_TYPE, id), () -> {
            if (revoked == Role.COUNTY_ADMIN && account.id() == actors.require().userId()) {
                throw new Refusal("user.cannot-revoke-own-admin");
            }
            accounts.revoke(id, FormValues.version(version), new Grant(revoked, scope));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/admin/users/" + id;
        }, () -> {
            AccountSummary current = load(id);
            model.addAttribute("form", accountForm(current));
            model.addAttribute("grantForm", grantForm(current));
            return accountPage(current, model);
        });
    }

    /** The grant the form describes, or empty with the reason on the form when the scope does not fit. */
    private Optional<Grant> grant(Role role, String scopeText, BindingResult binding) {
        if (role == null) {
            return Optional.empty();
        }
        if (role.scope() == Role.Scope.NONE) {
            return Optional.of(new Grant(role, null));
        }
        GrantScopes provider = scopes.get(role.scope());
        Optional<Long> scopeId = FormValues.id(scopeText);
        if (scopeId.isEmpty() || provider == null || provider.label(scopeId.get()).isEmpty()) {
            binding.rejectValue("scopeId", "user.scope.required." + role.scope());
            return Optional.empty();
        }
        return Optional.of(new Grant(role, scopeId.get()));
    }

    private static UserForms.Account accountForm(AccountSummary account) {
        return new UserForms.Account(account.displayName(), account.email() == null ? "" : account.email(),
                String.valueOf(account.enabled()), "", String.valueOf(account.version()));
    }

    private static UserForms.GrantChange grantForm(AccountSummary account) {
        return new UserForms.GrantChange("", "", String.valueOf(account.version()));
    }

    /** The scopes to choose from: those of the role, or all of them grouped while no role is chosen. */
    private Map<Role.Scope, List<GrantScopes.ScopeOption>> options(Role role) {
        var options = new EnumMap<Role.Scope, List<GrantScopes.ScopeOption>>(Role.Scope.class);
        scopes.forEach((scope, provider) -> {
            if (role == null || role.scope() == scope) {
                options.put(scope, provider.options());
            }
        });
        return options;
    }

    private AccountSummary load(long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String newUserPage(Role role, Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("scopeOptions", options(role));
        return "identity/user-new";
    }

    private String accountPage(AccountSummary account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("grants", account.grants().stream()
                .map(g -> new GrantLine(g.role(), g.scopeId(), g.scopeId() == null ? null
                        : Optional.ofNullable(scopes.get(g.role().scope()))
                        .flatMap(provider -> provider.label(g.scopeId())).orElse("#" + g.scopeId())))
                .sorted(Comparator.comparing(GrantLine::role).thenComparing(l -> l.scopeLabel() == null ? "" : l.scopeLabel()))
                .toList());
        model.addAttribute("roles", Role.values());
        Role selected = model.getAttribute("grantForm") instanceof UserForms.GrantChange change ? change.roleValue() : null;
        model.addAttribute("scopeOptions", options(selected));
        return "identity/user";
    }
}
