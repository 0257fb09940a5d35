package se.samverka.agreement;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import se.samverka.identity.AccountSummary;
import se.samverka.identity.UserAccounts;
import se.samverka.platform.FormValues;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One named signatory per party: an enabled Samverka user, a different person for each party, named on the signature
 * block as the account names them.
 */
@Component
class SignatoryValidation {

    private final UserAccounts accounts;

    SignatoryValidation(UserAccounts accounts) {
        this.accounts = accounts;
    }

    Optional<List<Agreement.Signatory>> validate(SendForm form, Agreement agreement, Errors errors) {
        if (form.signatories().size() != agreement.parties().size()) {
            errors.reject("agreement.send.one-per-party");
            return Optional.empty();
        }
        List<Agreement.Signatory> signatories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.signatories().size(); i++) {
            SendForm.Row row = form.signatories().get(i);
            String prefix = "signatories[" + i + "].";
            Optional<AccountSummary> account = Optional.empty();
            if (FormValues.blank(row.username())) {
                errors.rejectValue(prefix + "username", "agreement.send.username-required");
            } else if ((account = accounts.findEnabled(row.username())).isEmpty()) {
                errors.rejectValue(prefix + "username", "agreement.send.username-unknown");
            } else if (!seen.add(account.get().username().toLowerCase(Locale.ROOT))) {
                errors.rejectValue(prefix + "username", "agreement.send.username-twice");
                account = Optional.empty();
            }
            String title = required(row.title(), prefix + "title", errors);
            if (account.isPresent() && title != null) {
                signatories.add(new Agreement.Signatory(account.get().username(), account.get().displayName(), title));
            }
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(signatories);
    }

    private static String required(String text, String field, Errors errors) {
        if (FormValues.blank(text)) {
            errors.rejectValue(field, "agreement.form.required");
            return null;
        }
        if (text.strip().length() > AgreementFormValidation.MAX_LINE) {
            errors.rejectValue(field, "form.too-long", new Object[]{AgreementFormValidation.MAX_LINE}, null);
            return null;
        }
        return text.strip();
    }
}
