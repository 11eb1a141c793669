package dev.reactiveai.openai.observation.internal;

import io.micrometer.observation.Observation;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Subscribes to a call with the call's observation in scope on the subscribing thread.
 * What the call observes while it is subscribed, such as the web client's
 * {@code http.client.requests}, then finds it current, and so does a tracer: Micrometer
 * Tracing makes a new span the child of the span current on the thread rather than of the
 * parent observation when they differ, so that a caller's span in scope (a call made in
 * {@code observation.observe(..)} and blocked on, say) would otherwise take the HTTP span
 * away from the call's own.
 */
final class InScope {

	private InScope() {
	}

	static <T> Mono<T> mono(Mono<T> source, Observation observation) {
		return new Mono<>() {

			@Override
			public void subscribe(CoreSubscriber<? super T> actual) {
				try (Observation.Scope scope = observation.openScope()) {
					source.subscribe(actual);
				}
			}

		};
	}

	static <T> Flux<T> flux(Flux<T> source, Observation observation) {
		return new Flux<>() {

			@Override
			public void subscribe(CoreSubscriber<? super T> actual) {
				try (Observation.Scope scope = observation.openScope()) {
					source.subscribe(actual);
				}
			}

		};
	}

}
