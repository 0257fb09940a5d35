package se.samverka.bench;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.openhtmltopdf.util.XRLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;

import se.samverka.agreement.document.AgreementDocument;
import se.samverka.agreement.document.AgreementDocx;
import se.samverka.agreement.document.AgreementPdf;
import se.samverka.agreement.document.AuditTrail;
import se.samverka.agreement.document.Fixtures;
import se.samverka.agreement.document.SealProperties;
import se.samverka.agreement.document.SystemSeal;

/**
 * How long the 15-section fixture agreement takes to render as PDF/A (with its audit page) and as DOCX, and to
 * seal once rendered, all warm. The libraries' logging is turned down to warnings so it does not time the console.
 * <p>
 * Run with {@code ./mvnw -B -Pbench verify -DskipTests -Djmh.benchmarks=AgreementDocumentBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AgreementDocumentBenchmark {

    private final AgreementPdf pdf = new AgreementPdf(Fixtures.templates());
    private final AgreementDocx docx = new AgreementDocx(Fixtures.messages());
    private final SystemSeal seal = new SystemSeal(new SealProperties(null, null, null, null, null, null),
            Clock.systemUTC());
    private AgreementDocument agreement;
    private AuditTrail trail;
    private byte[] rendered;

    @Setup
    public void prepare() {
        XRLog.setLoggingEnabled(false);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        agreement = Fixtures.agreement();
        trail = Fixtures.auditTrail();
        rendered = pdf.render(agreement, trail);
        seal.seal(rendered, "Undertecknat avtal");
    }

    @Benchmark
    public byte[] renderPdf() {
        return pdf.render(agreement, trail);
    }

    @Benchmark
    public byte[] renderDocx() {
        return docx.render(agreement);
    }

    @Benchmark
    public byte[] sealPdf() {
        return seal.seal(rendered, "Undertecknat avtal");
    }
}
