package se.samverka.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What a verification of the audit log's hash chain found.
 *
 * @param checked      the links checked, in chain order
 * @param lastPosition the last link's position (0 for an empty log)
 * @param lastHash     the last link's hash; noted down elsewhere with its position ({@link AuditAnchor}), it shows
 *                     later whether the log was shortened or rewritten up to that link
 * @param problems     how many broken links were found in all
 * @param firstBreak   the first broken link in chain order, or null when the chain is whole
 */
public record AuditChainVerification(long checked, long lastPosition, String lastHash, long problems,
                                     BrokenLink firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    public Optional<BrokenLink> broken() {
        return Optional.ofNullable(firstBreak);
    }

    public enum Problem {
        /** The entry's stored content does not give its hash: the entry was changed after it was written. */
        CONTENT_CHANGED,
        /** The link does not carry the previous link's hash: the previous link was changed. */
        PREVIOUS_HASH_MISMATCH,
        /** Positions are missing before this link, or after the last one up to a noted link: links were removed. */
        POSITIONS_MISSING,
        /** The link's entry is gone: the entry was removed. */
        ENTRY_MISSING,
        /** An entry has no link: it was written past the chain. */
        NOT_LINKED,
        /** The link does not have the hash noted down for it: the log was rewritten up to it. */
        ANCHOR_MISMATCH
    }

    /**
     * @param position    the link's position in the chain (null for an entry with no link, or for links missing at
     *                    the end)
     * @param entryId     the entry's id, where known
     * @param occurredAt  when the entry was written, where known
     * @param missingFrom the first missing position, for {@link Problem#POSITIONS_MISSING}
     * @param missingTo   the last missing position, for {@link Problem#POSITIONS_MISSING}
     */
    public record BrokenLink(Problem problem, Long position, Long entryId, Instant occurredAt, Long missingFrom,
                             Long missingTo) {

        static BrokenLink of(Problem problem, Long position, Long entryId, Instant occurredAt) {
            return new BrokenLink(problem, position, entryId, occurredAt, null, null);
        }

        static BrokenLink missing(long from, long to, Long position, Long entryId, Instant occurredAt) {
            return new BrokenLink(Problem.POSITIONS_MISSING, position, entryId, occurredAt, from, to);
        }
    }
}
