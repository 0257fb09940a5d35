package se.samverka.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.samverka.platform.Texts;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar samverka.jar --verify-audit-log[=nr:hash]}: verifies the audit log's hash chain (and that it still
 * holds a link noted down earlier), prints the outcome in Swedish and exits with 0 when the chain is whole and 1 when
 * it is broken, before any other start-up work runs and without opening an HTTP port ({@link AuditVerificationMode}).
 */
@Component
@ConditionalOnProperty(AuditVerificationMode.OPTION)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerificationCommand implements ApplicationRunner {

    private final AuditChain chain;
    private final AuditVerificationReport report;
    private final ApplicationContext context;
    private final Texts texts;

    AuditVerificationCommand(AuditChain chain, AuditVerificationReport report, ApplicationContext context, Texts texts) {
        this.chain = chain;
        this.report = report;
        this.context = context;
        this.texts = texts;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> values = arguments.getOptionValues(AuditVerificationMode.OPTION);
        int status = verify(values == null || values.isEmpty() ? "" : values.getFirst(), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /**
     * Verifies, against {@code anchor} ({@code nr:hash}) unless blank, and prints the outcome; 0 when the chain is whole,
     * 1 when it is broken, 2 when the anchor cannot be read.
     */
    int verify(String anchor, PrintStream out) {
        AuditAnchor noted = null;
        if (anchor != null && !anchor.isBlank()) {
            noted = AuditAnchor.parse(anchor).orElse(null);
            if (noted == null) {
                out.println(texts.message("audit.verify.anchor-field.format"));
                out.flush();
                return 2;
            }
        }
        AuditChainVerification verification = chain.verify(noted);
        report.lines(verification).forEach(out::println);
        out.flush();
        return verification.intact() ? 0 : 1;
    }
}
