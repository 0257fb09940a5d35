package se.samverka.agreement;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.SamverkaApplication;
import se.samverka.agreement.document.SystemSeal;
import se.samverka.centre.CentreRegistry;
import se.samverka.centre.CentreView;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Local cooperation agreements for every centre of the demo data, composed from the registry and rendered
 * as PDF/A and DOCX, warm, in the running application on its embedded PostgreSQL.
 * <p>
 * Run with {@code ./mvnw -B -Pbench verify -DskipTests -Djmh.benchmarks=AgreementDocumentsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AgreementDocumentsBenchmark {

    private ConfigurableApplicationContext application;
    private AgreementComposer composer;
    private AgreementDocuments documents;
    private SystemSeal seal;
    private final List<CentreView> centres = new ArrayList<>();
    private final List<Agreement> drafts = new ArrayList<>();

    @Setup
    public void start() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        application = new SpringApplicationBuilder(SamverkaApplication.class)
                .properties("samverka.data-dir=" + Files.createTempDirectory("samverka-bench"), "server.port=0",
                        "logging.level.root=WARN")
                .run();
        composer = application.getBean(AgreementComposer.class);
        documents = application.getBean(AgreementDocuments.class);
        seal = application.getBean(SystemSeal.class);
        CentreRegistry registry = application.getBean(CentreRegistry.class);
        Clock clock = application.getBean(Clock.class);
        for (long id : application.getBean(JdbcClient.class).sql("select id from centre order by id")
                .query(Long.class).list()) {
            CentreView centre = registry.view(id).orElseThrow();
            DraftInput input = AgreementDemo.cooperation(centre, "212000-1355", null, LocalDate.of(2027, 1, 1));
            centres.add(centre);
            drafts.add(Agreement.draft(id, AgreementKind.COOPERATION, input.terms(), input.texts(), input.parties(),
                    new Occurrence("bench", clock.instant(), null)));
        }
    }

    @TearDown
    public void stop() {
        application.close();
    }

    @Benchmark
    public int onePdfA() {
        return pdf(0).length;
    }

    @Benchmark
    public int oneDocx() {
        return docx(0).length;
    }

    /** One agreement generated as PDF/A and sealed, as its signed original is; JMH's sample gives the median. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public int oneSealedPdfA() {
        return seal.seal(pdf(0), "Undertecknat av samtliga parter i Samverka").length;
    }

    /** Both documents for each of the demo's centres. */
    @Benchmark
    public int allDemoCentresPdfAAndDocx() {
        int bytes = 0;
        for (int i = 0; i < drafts.size(); i++) {
            bytes += pdf(i).length + docx(i).length;
        }
        return bytes;
    }

    private byte[] pdf(int i) {
        return documents.pdf(drafts.get(i), AgreementComposer.facts(centres.get(i)), sections(i), null);
    }

    private byte[] docx(int i) {
        return documents.docx(drafts.get(i), AgreementComposer.facts(centres.get(i)), sections(i));
    }

    private List<FrozenSection> sections(int i) {
        return composer.compose(drafts.get(i), centres.get(i)).stream().map(ComposedSection::frozen).toList();
    }
}
