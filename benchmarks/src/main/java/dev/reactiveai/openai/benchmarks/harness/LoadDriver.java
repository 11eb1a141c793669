package dev.reactiveai.openai.benchmarks.harness;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load: a fixed number of callers, each making its next call as soon as its
 * last one completes, for a fixed time. The same driver serves every contender; it only
 * needs a call that returns a {@link CompletableFuture}, so reactive clients and the
 * SDK's futures are driven alike.
 */
public final class LoadDriver {

	private final Duration timeout;

	/**
	 * A driver.
	 * @param timeout how long past the round's end the last calls may take
	 */
	public LoadDriver(Duration timeout) {
		this.timeout = timeout;
	}

	/**
	 * Run one round.
	 * @param call one call
	 * @param concurrency the callers
	 * @param duration how long new calls start
	 * @return the calls completed and their latencies
	 */
	public LoadResult run(Supplier<CompletableFuture<?>> call, int concurrency, Duration duration) {
		Recorder recorder = new Recorder(3);
		AtomicLong completed = new AtomicLong();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch callers = new CountDownLatch(concurrency);
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		AtomicLong end = new AtomicLong();
		for (int i = 0; i < concurrency; i++) {
			next(call, recorder, completed, failure, callers, deadline, end);
		}
		try {
			if (!callers.await(duration.plus(this.timeout).toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("Calls were still running " + this.timeout + " after the round");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		if (failure.get() != null) {
			throw new IllegalStateException("A call failed: " + failure.get(), failure.get());
		}
		Histogram latencies = recorder.getIntervalHistogram();
		double seconds = (end.get() - start) / 1e9;
		return new LoadResult(completed.get(), seconds, latencies.getValueAtPercentile(50) / 1e6,
				latencies.getValueAtPercentile(99) / 1e6);
	}

	private void next(Supplier<CompletableFuture<?>> call, Recorder recorder, AtomicLong completed,
			AtomicReference<Throwable> failure, CountDownLatch callers, long deadline, AtomicLong end) {
		long start = System.nanoTime();
		CompletableFuture<?> result;
		try {
			result = call.get();
		}
		catch (RuntimeException ex) {
			failure.compareAndSet(null, ex);
			callers.countDown();
			return;
		}
		result.whenComplete((value, ex) -> {
			long now = System.nanoTime();
			if (ex != null) {
				failure.compareAndSet(null, ex);
			}
			else {
				recorder.recordValue(now - start);
				completed.incrementAndGet();
				end.accumulateAndGet(now, Math::max);
			}
			if (ex == null && failure.get() == null && now < deadline) {
				next(call, recorder, completed, failure, callers, deadline, end);
			}
			else {
				callers.countDown();
			}
		});
	}

}
