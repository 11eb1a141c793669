package dev.reactiveai.openai.helpers;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * What the accumulators share: a stream passed through unchanged while each event is
 * added, and the final value offered, once the stream ends, as a {@code Mono} that any
 * number of subscribers may wait on, before or after.
 *
 * @param <E> the events
 * @param <R> the final value
 */
final class StreamTap<E, R> {

	private final String what;

	private final Sinks.One<R> result = Sinks.one();

	private final AtomicBoolean tapped = new AtomicBoolean();

	StreamTap(String what) {
		this.what = what;
	}

	Flux<E> tap(Flux<E> events, Consumer<E> add, Supplier<R> build) {
		return Flux.defer(() -> {
			if (this.tapped.getAndSet(true)) {
				return Flux.error(new IllegalStateException("This " + this.what + " already accumulates a stream: "
						+ "create one per stream (and per subscription of it)"));
			}
			return events.doOnNext(add).doOnComplete(() -> {
				try {
					this.result.tryEmitValue(build.get());
				}
				catch (RuntimeException ex) {
					this.result.tryEmitError(ex);
				}
			})
				.doOnError(this.result::tryEmitError)
				.doOnCancel(() -> this.result.tryEmitError(new CancellationException(
						"The stream was cancelled before it ended: there is no final value")));
		});
	}

	Mono<R> result() {
		return this.result.asMono();
	}

}
