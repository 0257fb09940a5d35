package se.samverka.agreement;

import se.samverka.platform.FormValues;

import java.util.List;

/**
 * The signatory of each party, by Samverka username, and the title proposed for the signature block; the name comes
 * from the account and the signatory confirms the title when signing.
 */
record SendForm(List<Row> signatories, String version) {

    record Row(String username, String title) {
    }

    SendForm {
        signatories = signatories == null ? List.of() : signatories;
    }

    /** The same rows, cut or filled with empty ones to one per party. */
    SendForm withRows(int parties) {
        List<Row> rows = new java.util.ArrayList<>(signatories.subList(0, Math.min(parties, signatories.size())));
        while (rows.size() < parties) {
            rows.add(new Row("", ""));
        }
        return new SendForm(rows, version);
    }

    int expectedVersion() {
        return FormValues.version(version);
    }

    static SendForm of(Agreement agreement) {
        return new SendForm(agreement.parties().stream().map(p -> new Row(
                p.signatoryUsername() == null ? "" : p.signatoryUsername(),
                p.signatoryTitle() == null ? "" : p.signatoryTitle())).toList(), String.valueOf(agreement.version()));
    }
}
