package dev.reactiveai.openai.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fails a stream that has not ended within a time, however steadily it delivers: the
 * bound that a server trickling bytes cannot defeat, unlike {@link IdleTimeout}.
 * <p>
 * One timer per stream, armed when it is subscribed to; elements cost nothing more.
 */
final class TotalTimeout {

	private TotalTimeout() {
	}

	/**
	 * Apply the timeout to a stream, timed by {@link CallTimers} for the thread that
	 * subscribes.
	 * @param <T> the element type
	 * @param source the stream
	 * @param timeout the time allowed from subscription to completion
	 * @return the stream, cancelled and failed with {@link TimeoutException} when the
	 * time is up
	 */
	static <T> Flux<T> apply(Flux<T> source, Duration timeout) {
		return Flux.defer(() -> {
			AtomicBoolean expired = new AtomicBoolean();
			Mono<Long> deadline = Mono.delay(timeout, CallTimers.current()).doOnNext((tick) -> expired.set(true));
			return source.takeUntilOther(deadline)
				.concatWith(Mono.defer(() -> expired.get()
						? Mono.error(new TimeoutException("Did not complete within " + timeout.toMillis() + "ms"))
						: Mono.empty()));
		});
	}

}
