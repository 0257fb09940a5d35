package se.samverka.audit;

import org.springframework.stereotype.Component;
import se.samverka.platform.Texts;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A verification's outcome in Swedish sentences, the same on the review page and from the command. */
@Component
class AuditVerificationReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Texts texts;

    AuditVerificationReport(Texts texts) {
        this.texts = texts;
    }

    String outcome(AuditChainVerification verification) {
        return verification.intact()
                ? texts.message("audit.verify.intact", verification.checked())
                : texts.message("audit.verify.broken", verification.checked(), verification.problems());
    }

    /** What is wrong with the first broken link, or null when the chain is whole. */
    String firstBreak(AuditChainVerification verification) {
        return verification.broken().map(link -> {
            String time = link.occurredAt() == null ? null : time(link.occurredAt());
            if (link.problem() == AuditChainVerification.Problem.POSITIONS_MISSING && link.position() == null) {
                return texts.message("audit.verify.problem.POSITIONS_MISSING.end", link.missingFrom() - 1,
                        link.missingTo());
            }
            return texts.message("audit.verify.problem." + link.problem(), link.entryId(), link.position(), time,
                    link.missingFrom(), link.missingTo());
        }).orElse(null);
    }

    String last(AuditChainVerification verification) {
        return texts.message("audit.verify.last", verification.lastPosition(), verification.lastHash());
    }

    /** The whole report, a sentence a line. */
    List<String> lines(AuditChainVerification verification) {
        var lines = new ArrayList<String>();
        lines.add(outcome(verification));
        String first = firstBreak(verification);
        if (first != null) {
            lines.add(texts.message("audit.verify.first-break-label") + ": " + first);
        }
        lines.add(texts.message("audit.verify.last-label") + ": " + last(verification));
        return lines;
    }

    private static String time(Instant instant) {
        return TIME.format(LocalDateTime.ofInstant(instant, AuditEvent.SWEDEN));
    }
}
