package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** What happened to a document before it was signed, printed as the last page of the PDF. */
public record AuditTrail(String documentId, String sha256, List<AuditEntry> entries) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public AuditTrail {
        Objects.requireNonNull(documentId, "documentId");
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hexadecimal digits");
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an audit trail needs at least one entry");
        }
    }
}
