package dev.reactiveai.openai.core.internal;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.error.OpenAiClientClosedException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The attempts of a call: each sent as the {@link RequestWriter} writes it, bounded in
 * time, its error status turned into an exception, and retried while the
 * {@link RetryPolicy} allows. Once a successful answer has begun, a failure is retried
 * only for an idempotent method, since the server may already have done the work of a
 * {@code POST}; a stream is never retried once it delivered something.
 */
final class Attempts {

	private final RequestWriter writer;

	private final ErrorDecoder errors;

	private final Failures failures;

	private final RetryPolicy retryPolicy;

	private final CallSettings settings;

	private final String clientName;

	private final BooleanSupplier closed;

	Attempts(RequestWriter writer, ErrorDecoder errors, Failures failures, RetryPolicy retryPolicy,
			CallSettings settings, String clientName, BooleanSupplier closed) {
		this.writer = writer;
		this.errors = errors;
		this.failures = failures;
		this.retryPolicy = retryPolicy;
		this.settings = settings;
		this.clientName = clientName;
		this.closed = closed;
	}

	/**
	 * A call whose answer is read whole: each attempt bounded by the timeout.
	 * @param <T> what the answer is read as
	 * @param request the request
	 * @param accept the media type to accept
	 * @param body reads a successful answer
	 * @return what the answer was read as, after retries
	 */
	<T> Mono<T> exchange(ApiRequest request, MediaType accept, Function<ClientResponse, Mono<T>> body) {
		Duration timeout = this.settings.timeout();
		return Mono.defer(() -> {
			AtomicBoolean answered = new AtomicBoolean();
			Function<ClientResponse, Mono<T>> answer = (response) -> {
				if (isError(response)) {
					return this.errors.<T>errorFrom(request, response);
				}
				answered.set(true);
				return body.apply(response);
			};
			Mono<T> attempt = Mono.defer(() -> {
				checkOpen(request);
				WebClient.RequestHeadersSpec<?> written = this.writer.writeNow(request, accept);
				return (written != null) ? written.exchangeToMono(answer)
						: this.writer.write(request, accept).flatMap((spec) -> spec.exchangeToMono(answer));
			})
				.timeout(timeout, CallTimers.current())
				.onErrorMap((ex) -> this.failures.translate(request, ex, timeout, ClientSetting.TIMEOUT));
			return this.retryPolicy.retry(attempt, request, this.settings.maxRetries(),
					() -> !answered.get() || request.isIdempotent());
		});
	}

	/**
	 * A call whose answer is streamed: each attempt fails once silent for the read
	 * timeout. Retried only until its successful answer begins (for an idempotent method,
	 * until its first element).
	 * @param <E> the element type
	 * @param request the request
	 * @param accept the media type to accept
	 * @param body the elements of a successful answer, given what to run when bytes
	 * arrive that carry no element yet
	 * @return the elements
	 */
	<E> Flux<E> stream(ApiRequest request, MediaType accept, BiFunction<ClientResponse, Runnable, Flux<E>> body) {
		Duration readTimeout = this.settings.readTimeout();
		return Flux.defer(() -> {
			AtomicBoolean answered = new AtomicBoolean();
			AtomicBoolean delivered = new AtomicBoolean();
			Flux<E> attempt = IdleTimeout
				.apply((activity) -> send(request, accept).flatMapMany((spec) -> spec.exchangeToFlux((response) -> {
					if (isError(response)) {
						return this.errors.<E>errorFrom(request, response).flux();
					}
					answered.set(true);
					return body.apply(response, activity);
				})), readTimeout)
				.onErrorMap((ex) -> this.failures.translate(request, ex, readTimeout, ClientSetting.READ_TIMEOUT))
				.doOnNext((element) -> {
					// Written once: a volatile write is a fence, which every event
					// of a long stream would otherwise pay.
					if (!delivered.get()) {
						delivered.set(true);
					}
				});
			return this.retryPolicy.retry(attempt, request, this.settings.maxRetries(),
					() -> !delivered.get() && (!answered.get() || request.isIdempotent()));
		});
	}

	/**
	 * A download: a stream of the answer's bytes, the whole of it, retries included,
	 * bounded by the download timeout.
	 * @param request the request
	 * @return the content
	 */
	Flux<DataBuffer> download(ApiRequest request) {
		Duration downloadTimeout = this.settings.downloadTimeout();
		return Flux.defer(() -> {
			AtomicLong received = new AtomicLong();
			Flux<DataBuffer> content = stream(request, MediaType.ALL,
					(response, activity) -> response.body(BodyExtractors.toDataBuffers()))
				.doOnNext((buffer) -> received.addAndGet(buffer.readableByteCount()));
			return TotalTimeout.apply(content, downloadTimeout)
				.onErrorMap(TimeoutException.class,
						(ex) -> this.failures.downloadTimedOut(request, downloadTimeout, received.get()));
		});
	}

	private Mono<WebClient.RequestHeadersSpec<?>> send(ApiRequest request, MediaType accept) {
		return Mono.defer(() -> {
			checkOpen(request);
			return this.writer.write(request, accept);
		});
	}

	private void checkOpen(ApiRequest request) {
		if (this.closed.getAsBoolean()) {
			throw new OpenAiClientClosedException("OpenAI client '" + this.clientName + "' is closed: " + request
					+ " was not sent. Calls must be made before the client is closed");
		}
	}

	private static boolean isError(ClientResponse response) {
		return !response.statusCode().is2xxSuccessful();
	}

}
