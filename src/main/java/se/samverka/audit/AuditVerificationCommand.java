package se.samverka.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * {@code java -jar samverka.jar --verify-audit-log}: verifies the audit log's hash chain, prints the outcome in
 * Swedish and exits with 0 when the chain is whole and 1 when it is broken, before any other start-up work runs and
 * without opening an HTTP port ({@link AuditVerificationMode}).
 */
@Component
@ConditionalOnProperty(AuditVerificationMode.OPTION)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerificationCommand implements ApplicationRunner {

    private final AuditChain chain;
    private final AuditVerificationReport report;
    private final ApplicationContext context;

    AuditVerificationCommand(AuditChain chain, AuditVerificationReport report, ApplicationContext context) {
        this.chain = chain;
        this.report = report;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int status = verify(System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    int verify(PrintStream out) {
        AuditChainVerification verification = chain.verify();
        report.lines(verification).forEach(out::println);
        out.flush();
        return verification.intact() ? 0 : 1;
    }
}
