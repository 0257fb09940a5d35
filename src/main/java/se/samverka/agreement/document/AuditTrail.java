package se.samverka.agreement.document;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The evidence report printed as the last pages of the sealed original: what was signed, by whom and how, then every
 * event in order.
 *
 * @param sha256 of the document the parties were shown and signed
 */
public record AuditTrail(Summary summary, String sha256, List<AuditEntry> entries) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public AuditTrail {
        Objects.requireNonNull(summary, "summary");
        if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hexadecimal digits");
        }
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an audit trail needs at least one entry");
        }
    }

    /**
     * @param document      the agreement, centre and version, "Lokalt samverkansavtal – Familjecentralen Solrosen, version 2"
     * @param transactionId identifies the signing in Samverka
     * @param createdBy     who created the version and when, as an entry
     * @param completed     when the last party signed and the original was sealed, as an entry
     */
    public record Summary(String document, String transactionId, AuditEntry createdBy, String status,
                          AuditEntry completed) {

        public Summary {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(createdBy, "createdBy");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(completed, "completed");
        }
    }
}
