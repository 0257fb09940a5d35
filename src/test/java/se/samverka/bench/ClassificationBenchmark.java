package se.samverka.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.infra.Blackhole;

import se.samverka.rules.BaseOperation;
import se.samverka.rules.CentreConfiguration;
import se.samverka.rules.Classifier;
import se.samverka.rules.OtherActor;
import se.samverka.rules.Participation;

/**
 * How long {@link Classifier#classify} takes for 100,000 generated centres; one operation classifies them all.
 * <p>
 * Run with {@code ./mvnw -B -Pbench verify -DskipTests}: the {@code bench} profile compiles the tests and runs
 * {@code org.openjdk.jmh.Main ClassificationBenchmark} on the toolchain's JDK, which prints JMH's result table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassificationBenchmark {

    static final int CENTRES = 100_000;
    static final long SEED = 20240301L;

    private CentreConfiguration[] centres;

    @Setup
    public void generateCentres() {
        var random = new Random(SEED);
        centres = new CentreConfiguration[CENTRES];
        for (int i = 0; i < CENTRES; i++) {
            centres[i] = centre(random);
        }
    }

    @Benchmark
    public void classifyAll(Blackhole blackhole) {
        for (CentreConfiguration centre : centres) {
            blackhole.consume(Classifier.classify(centre));
        }
    }

    private static CentreConfiguration centre(Random random) {
        var participations = new ArrayList<Participation>();
        for (BaseOperation operation : BaseOperation.values()) {
            if (random.nextBoolean()) {
                participations.add(new Participation(operation, random.nextBoolean()));
            }
        }
        Collections.shuffle(participations, random);
        var otherActors = EnumSet.noneOf(OtherActor.class);
        for (OtherActor actor : OtherActor.values()) {
            if (random.nextInt(4) == 0) {
                otherActors.add(actor);
            }
        }
        return new CentreConfiguration(List.copyOf(participations), otherActors, random.nextBoolean());
    }
}
