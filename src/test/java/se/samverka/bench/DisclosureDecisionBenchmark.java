package se.samverka.bench;

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
import se.samverka.rules.ConsentGiver;
import se.samverka.rules.ConsentTerms;
import se.samverka.rules.DataSubject;
import se.samverka.rules.InformationFlow;
import se.samverka.rules.InformationKind;
import se.samverka.rules.ProposedDisclosure;
import se.samverka.rules.R13a;
import se.samverka.rules.SecrecyBreakingGround;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * How long {@link R13a#decide} takes for 100,000 generated disclosures, each with up to three consents of random
 * reach and validity and one in ten under a secrecy-breaking rule; one operation decides them all.
 * <p>
 * Run with {@code ./mvnw -B -Pbench verify -DskipTests -Djmh.benchmarks=DisclosureDecisionBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DisclosureDecisionBenchmark {

    static final int DISCLOSURES = 100_000;
    static final long SEED = 20261202L;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private ProposedDisclosure[] disclosures;
    private List<List<ConsentTerms>> consents;
    private List<Optional<SecrecyBreakingGround>> grounds;

    @Setup
    public void generate() {
        var random = new Random(SEED);
        disclosures = new ProposedDisclosure[DISCLOSURES];
        consents = new ArrayList<>(DISCLOSURES);
        grounds = new ArrayList<>(DISCLOSURES);
        BaseOperation[] operations = BaseOperation.values();
        for (int i = 0; i < DISCLOSURES; i++) {
            BaseOperation from = operations[random.nextInt(operations.length)];
            BaseOperation to = operations[(from.ordinal() + 1 + random.nextInt(operations.length - 1)) % operations.length];
            disclosures[i] = new ProposedDisclosure(DAY.plusDays(random.nextInt(200) - 100), from, to,
                    pick(random, InformationKind.values()), pick(random, DataSubject.values()));
            var list = new ArrayList<ConsentTerms>();
            for (int c = random.nextInt(4); c > 0; c--) {
                list.add(consent(random, operations));
            }
            consents.add(List.copyOf(list));
            grounds.add(random.nextInt(10) == 0
                    ? Optional.of(new SecrecyBreakingGround("OSL_10_28", random.nextBoolean() ? "Orosanmälan" : ""))
                    : Optional.empty());
        }
    }

    @Benchmark
    public void decideAll(Blackhole blackhole) {
        for (int i = 0; i < DISCLOSURES; i++) {
            blackhole.consume(R13a.RULE.decide(disclosures[i], consents.get(i), grounds.get(i)));
        }
    }

    private static ConsentTerms consent(Random random, BaseOperation[] operations) {
        LocalDate from = DAY.minusDays(random.nextInt(400));
        var flows = new java.util.HashSet<>(InformationFlow.between(some(random, operations, BaseOperation.class),
                some(random, operations, BaseOperation.class)));
        if (flows.isEmpty()) {
            BaseOperation source = pick(random, operations);
            flows.add(new InformationFlow(source, operations[(source.ordinal() + 1) % operations.length]));
        }
        return new ConsentTerms(flows, some(random, InformationKind.values(), InformationKind.class),
                some(random, ConsentGiver.values(), ConsentGiver.class), from, from.plusDays(random.nextInt(366)),
                random.nextInt(5) == 0 ? from.plusDays(random.nextInt(300)) : null);
    }

    private static <E extends Enum<E>> EnumSet<E> some(Random random, E[] values, Class<E> type) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (E value : values) {
            if (random.nextBoolean()) {
                chosen.add(value);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(pick(random, values));
        }
        return chosen;
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }
}
