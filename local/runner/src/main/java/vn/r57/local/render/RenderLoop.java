package vn.r57.local.render;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Stands in for the EventBridge schedule and the function's reserved concurrency of 1: the render handler gets the
 * scheduled event every interval, and a render asked for on demand waits for the one in progress instead of
 * running beside it.
 */
public final class RenderLoop implements AutoCloseable {

    static final String ACCOUNT_ID = "000000000000";
    static final String REGION = "local";
    static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    static final String RULE = "arn:aws:events:" + REGION + ":" + ACCOUNT_ID + ":rule/r57-render-tick";

    private final RequestHandler<Map<String, Object>, Map<String, Object>> function;
    private final Clock clock;
    private final Consumer<String> log;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "render-schedule");
        thread.setDaemon(true);
        return thread;
    });

    public RenderLoop(RequestHandler<Map<String, Object>, Map<String, Object>> function, Clock clock, Consumer<String> log) {
        this.function = function;
        this.clock = clock;
        this.log = log;
    }

    /** Sends the scheduled event every {@code interval}, the first one an interval from now. */
    public void start(Duration interval) {
        schedule.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Renders now, after any render in progress, and answers the function's report. */
    public Map<String, Object> renderNow(boolean full) {
        return invoke(full ? Map.of("full", true) : scheduledEvent());
    }

    private void tick() {
        try {
            invoke(scheduledEvent());
        } catch (RuntimeException e) {
            // As in AWS: the failed tick is dropped (MaximumRetryAttempts 0) and the next one renders the same table.
            log.accept("render failed: " + e);
        }
    }

    private Map<String, Object> invoke(Map<String, Object> event) {
        oneAtATime.lock();
        try {
            return function.handleRequest(event, null);
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The event EventBridge sends for a schedule rule (events/render-scheduled.json). */
    Map<String, Object> scheduledEvent() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", UUID.randomUUID().toString());
        event.put("detail-type", "Scheduled Event");
        event.put("source", "aws.events");
        event.put("account", ACCOUNT_ID);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        event.put("region", REGION);
        event.put("resources", List.of(RULE));
        event.put("detail", Map.of());
        return event;
    }

    /** Sends no more events; a render in progress finishes its writes first (cutting it would only log a failure). */
    @Override
    public void close() {
        schedule.shutdown();
        try {
            if (!schedule.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                schedule.shutdownNow();
            }
        } catch (InterruptedException e) {
            schedule.shutdownNow();
            Thread.currentThread().interrupt();
        }
        oneAtATime.lock();
        oneAtATime.unlock();
    }
}
