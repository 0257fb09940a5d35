package se.samverka.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What a verification of the audit log's hash chain found.
 *
 * @param checked      the links checked, in chain order
 * @param headPosition the chain head's position: how many entries the log should hold
 * @param headHash     the chain head's hash; noted down elsewhere, it shows later whether the log was shortened or
 *                     rewritten up to that position
 * @param problems     how many broken links were found in all
 * @param firstBreak   the first broken link in chain order, or null when the chain is whole
 */
public record AuditChainVerification(long checked, long headPosition, String headHash, long problems,
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
        /** Positions are missing before this link (or at the end of the chain): links were removed. */
        POSITIONS_MISSING,
        /** The link's entry is gone: the entry was removed. */
        ENTRY_MISSING,
        /** An entry has no link: it was written past the chain. */
        NOT_LINKED,
        /** The last link does not match the chain head. */
        HEAD_MISMATCH
    }

    /**
     * @param position    the link's position in the chain (null for an entry with no link)
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
