package se.samverka.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs a scheduled job once across every instance of Samverka on the same database: the instance that takes the job's
 * lock (ShedLock, the {@code shedlock} table, timed by the database's clock) runs it, the others skip that run. Each
 * call is timed in the metric {@value #METRIC}, tagged with the job's name and its outcome ({@code ran},
 * {@code skipped} when another instance held the lock, {@code failed}), so operators see that every job runs.
 */
@Component
public class Jobs {

    public static final String METRIC = "samverka.jobs";

    /** What one run of a job is and how long its lock lasts. */
    public record Job(String name, Duration lockAtMostFor, Duration lockAtLeastFor) {

        /**
         * @param name           the lock's name, at most 64 characters, and the metric's {@code job} tag
         * @param lockAtMostFor  how long the lock is held when its instance dies during the run: longer than a run
         * @param lockAtLeastFor how long the lock is held at least, so that an instance whose clock is a little behind
         *                       does not run the job again after a short run elsewhere
         */
        public Job {
            if (name.isBlank() || name.length() > 64 || lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
                throw new IllegalArgumentException("Orimligt jobb: " + name + ", " + lockAtMostFor + ", " + lockAtLeastFor);
            }
        }
    }

    public enum Outcome {
        RAN, SKIPPED, FAILED
    }

    private final LockingTaskExecutor locks;
    private final MeterRegistry meters;
    private final Clock clock;

    Jobs(LockingTaskExecutor locks, MeterRegistry meters, Clock clock) {
        this.locks = locks;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Runs {@code work} here unless another instance holds the job's lock.
     *
     * @return {@link Outcome#RAN} or {@link Outcome#SKIPPED}; a failure of the work is thrown on, after it is counted
     */
    public Outcome runOnce(Job job, Runnable work) {
        Timer.Sample sample = Timer.start(meters);
        Outcome outcome = Outcome.FAILED;
        try {
            boolean ran = locks.executeWithLock(() -> {
                work.run();
                return true;
            }, new LockConfiguration(clock.instant(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor())).wasExecuted();
            outcome = ran ? Outcome.RAN : Outcome.SKIPPED;
            return outcome;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            sample.stop(meters.timer(METRIC, "job", job.name(), "outcome", outcome.name().toLowerCase(Locale.ROOT)));
        }
    }
}
