package se.samverka.identity;

import org.springframework.validation.Errors;
import se.samverka.platform.FormValues;

/** The forms of user administration and their checks. */
final class UserForms {

    static final int MAX_TEXT = 200;

    private UserForms() {
    }

    record NewUser(String username, String displayName, String email, String password, String role, String scopeId) {

        public Role roleValue() {
            return FormValues.choice(Role.class, role).orElse(null);
        }
    }

    record Account(String displayName, String email, String enabled, String newPassword, String version) {

        public boolean enabledChecked() {
            return FormValues.checked(enabled);
        }

        public int expectedVersion() {
            return FormValues.version(version);
        }
    }

    record GrantChange(String role, String scopeId, String version) {

        public Role roleValue() {
            return FormValues.choice(Role.class, role).orElse(null);
        }

        public int expectedVersion() {
            return FormValues.version(version);
        }
    }

    static void checkUsername(String username, Errors errors) {
        if (username == null || username.isBlank()) {
            errors.rejectValue("username", "user.username.required");
        } else if (!username.trim().matches("[A-Za-z0-9._@-]{3,100}")) {
            errors.rejectValue("username", "user.username.format");
        }
    }

    static void checkDisplayName(String displayName, Errors errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.rejectValue("displayName", "user.display-name.required");
        } else if (displayName.trim().length() > MAX_TEXT) {
            errors.rejectValue("displayName", "form.too-long", new Object[]{MAX_TEXT}, null);
        }
    }

    static void checkEmail(String email, Errors errors) {
        if (email != null && !email.isBlank() && !EmailAddresses.valid(email.strip())) {
            errors.rejectValue("email", "user.email.format");
        }
    }

    /** A new password, when one was typed, against {@link PasswordRules}; empty means none (or the one it has). */
    static void checkPassword(String field, String password, String username, Errors errors) {
        if (password != null && !password.isEmpty()) {
            PasswordRules.problem(password, username)
                    .ifPresent(problem -> errors.rejectValue(field, problem.code(), problem.arguments(), null));
        }
    }
}
