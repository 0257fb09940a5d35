package se.samverka.agreement;

import se.samverka.platform.FormValues;

/**
 * The day written notice of termination was given, and, once what follows has been shown ({@code reviewed}), the
 * confirmation.
 */
record TerminationForm(String noticedOn, String reviewed, String confirmed) {

    boolean reviewedChecked() {
        return FormValues.checked(reviewed);
    }

    boolean confirmedChecked() {
        return FormValues.checked(confirmed);
    }
}
