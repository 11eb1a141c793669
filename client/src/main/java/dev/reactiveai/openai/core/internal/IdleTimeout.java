package dev.reactiveai.openai.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * Fails a stream that stays silent for too long: before its first element, or between two
 * elements.
 * <p>
 * Reactor's {@code timeout(Duration)} does the same by cancelling and scheduling a timer
 * for every element. On a stream of small events that is a timer queue operation, and
 * most often a wake-up of the timer's thread, per event, which profiling showed to cost
 * more than reading the event. Here an element only records when it came; one timer is
 * armed at a time, and when it fires while the stream is not yet idle for long enough, it
 * is armed again for the time left.
 */
final class IdleTimeout {

	private IdleTimeout() {
	}

	/**
	 * Apply the timeout to a stream that also reports activity other than its elements,
	 * such as bytes that carry no element yet, timed by {@link CallTimers} for the thread
	 * that subscribes.
	 * @param <T> the element type
	 * @param source the stream, given what to run on activity
	 * @param timeout the longest silence allowed
	 * @return the stream, which fails with {@link TimeoutException} after that silence
	 */
	static <T> Flux<T> apply(Function<Runnable, Flux<T>> source, Duration timeout) {
		long timeoutNanos = timeout.toNanos();
		return Flux.defer(() -> {
			Scheduler timer = CallTimers.current();
			AtomicLong lastSignal = new AtomicLong(System.nanoTime());
			Runnable activity = () -> lastSignal.lazySet(System.nanoTime());
			Sinks.One<Boolean> finished = Sinks.one();
			Flux<T> watched = source.apply(activity)
				.doOnNext((element) -> activity.run())
				.doFinally((signal) -> finished.tryEmitValue(true));
			Mono<T> watchdog = IdleTimeout.<T>expiry(lastSignal, timeoutNanos, timeout, timer)
				.takeUntilOther(finished.asMono());
			return Flux.merge(watched, watchdog);
		});
	}

	/** Wait until the stream has been silent for the timeout, then fail. */
	private static <T> Mono<T> expiry(AtomicLong lastSignal, long timeoutNanos, Duration timeout, Scheduler timer) {
		return Mono.defer(() -> {
			long left = lastSignal.get() + timeoutNanos - System.nanoTime();
			if (left <= 0) {
				return Mono.error(new TimeoutException("Did not observe any item or terminal signal within "
						+ timeout.toMillis() + "ms (and no fallback has been configured)"));
			}
			return Mono.delay(Duration.ofNanos(left), timer)
				.then(IdleTimeout.<T>expiry(lastSignal, timeoutNanos, timeout, timer));
		});
	}

}
