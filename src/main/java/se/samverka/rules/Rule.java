package se.samverka.rules;

/**
 * A rule of the agreement with the id it has in SPEC.md §3. {@link #quote()} is the agreement's own
 * wording, shown to users beside the finding.
 */
public interface Rule {

    String id();

    /** Where the agreement says it, e.g. "8.3" or "Bilaga 3". */
    String section();

    Severity severity();

    String quote();
}
