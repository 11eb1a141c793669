package dev.reactiveai.openai.observation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import dev.reactiveai.openai.core.ApiResponse;
import dev.reactiveai.openai.core.RateLimits;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.observation.DefaultOpenAiObservationConvention;
import dev.reactiveai.openai.observation.OpenAiObservationContext;
import dev.reactiveai.openai.observation.OpenAiObservationConvention;
import dev.reactiveai.openai.observation.OpenAiObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;

/**
 * Observes calls: one observation per subscription to a call, started when the call is
 * subscribed and stopped when its answer was read, it failed, or its subscriber
 * cancelled. The observation is put in the Reactor context, so that the HTTP client's own
 * observation of each attempt ({@code http.client.requests}) becomes its child and a
 * tracer propagates the trace to the server.
 */
public final class CallObservation {

	private static final DefaultOpenAiObservationConvention DEFAULT_CONVENTION = new DefaultOpenAiObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable OpenAiObservationConvention convention;

	private final boolean recordContent;

	/**
	 * Observe calls in a registry, without their content.
	 * @param registry where the observations go; with {@link ObservationRegistry#NOOP}
	 * calls are left as they are
	 * @param convention the convention to use instead of the default, or null
	 */
	public CallObservation(ObservationRegistry registry, @Nullable OpenAiObservationConvention convention) {
		this(registry, convention, false);
	}

	/**
	 * Observe calls in a registry.
	 * @param registry where the observations go; with {@link ObservationRegistry#NOOP}
	 * calls are left as they are
	 * @param convention the convention to use instead of the default, or null
	 * @param recordContent whether to record the prompt and the answer's text as the
	 * events {@code gen_ai.content.prompt} and {@code gen_ai.content.completion}: they
	 * are user data, which reaches every handler of the registry (such as a tracer's span
	 * events), so it is off unless asked for
	 */
	public CallObservation(ObservationRegistry registry, @Nullable OpenAiObservationConvention convention,
			boolean recordContent) {
		this.registry = registry;
		this.convention = convention;
		this.recordContent = recordContent;
	}

	/**
	 * Observe a call that answers once.
	 * @param <T> what the call answers
	 * @param context a new context for each subscription
	 * @param call the call
	 * @return the observed call
	 */
	public <T> Mono<T> observe(Supplier<OpenAiObservationContext> context, Mono<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return Mono.deferContextual((view) -> {
			Running running = start(context.get(), view.getOrDefault(ObservationThreadLocalAccessor.KEY, null));
			return InScope.mono(call, running.observation).doOnSuccess((answer) -> {
				running.read(answer);
				running.stop(false);
			})
				.doOnError(running::failed)
				.doOnCancel(() -> running.stop(true))
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, running.observation)
					.put(CallRecorder.class, running));
		});
	}

	/**
	 * Observe a call that answers with a stream: the observation spans the whole stream
	 * and records when its first element arrived.
	 * @param <T> the stream's elements
	 * @param context a new context for each subscription
	 * @param call the call
	 * @return the observed call
	 */
	public <T> Flux<T> observeStream(Supplier<OpenAiObservationContext> context, Flux<T> call) {
		if (this.registry.isNoop()) {
			return call;
		}
		return Flux.deferContextual((view) -> {
			Running running = start(context.get(), view.getOrDefault(ObservationThreadLocalAccessor.KEY, null));
			AtomicBoolean first = new AtomicBoolean(true);
			return InScope.flux(call, running.observation).doOnNext((element) -> {
				if (first.compareAndSet(true, false)) {
					running.firstChunk();
				}
				running.read(element);
			})
				.doOnComplete(() -> running.stop(false))
				.doOnError(running::failed)
				.doOnCancel(() -> running.stop(true))
				.contextWrite((reactor) -> reactor.put(ObservationThreadLocalAccessor.KEY, running.observation)
					.put(CallRecorder.class, running));
		});
	}

	/**
	 * A context for one call.
	 * @param operationId the OpenAI operation id
	 * @param clientName the name of the client making the call
	 * @param baseUrl the client's base URL
	 * @param streaming whether the answer is a stream of events
	 * @param body the request body, if any: the model it names is recorded
	 * @return the context
	 */
	public static OpenAiObservationContext context(String operationId, String clientName, URI baseUrl,
			boolean streaming, @Nullable Object body) {
		int port = (baseUrl.getPort() != -1) ? baseUrl.getPort() : ("http".equals(baseUrl.getScheme()) ? 80 : 443);
		OpenAiObservationContext context = new OpenAiObservationContext(operationId, clientName,
				Objects.requireNonNullElse(baseUrl.getHost(), "unknown"), port, streaming);
		context.setRequestModel(AnswerAttributes.requestModel(body));
		return context;
	}

	private Running start(OpenAiObservationContext context, @Nullable Observation parent) {
		Observation observation = OpenAiObservationDocumentation.CLIENT_OPERATION.observation(this.convention,
				DEFAULT_CONVENTION, () -> context, this.registry);
		if (parent != null) {
			// Otherwise the parent is the observation current on the subscribing thread,
			// as
			// Micrometer set it: a null here would erase it.
			observation.parentObservation(parent);
		}
		observation.start();
		if (this.recordContent && context.getPrompt() != null) {
			observation.event(
					Observation.Event.of(OpenAiObservationDocumentation.Events.PROMPT.getName(), context.getPrompt()));
		}
		return new Running(observation, context, System.nanoTime(), new AtomicBoolean(), this.recordContent);
	}

	/**
	 * A context for one call, with what the request asks the model when content is
	 * recorded.
	 * @param operationId the OpenAI operation id
	 * @param clientName the name of the client making the call
	 * @param baseUrl the client's base URL
	 * @param streaming whether the answer is a stream of events
	 * @param body the request body, if any
	 * @return the context
	 */
	public OpenAiObservationContext newContext(String operationId, String clientName, URI baseUrl, boolean streaming,
			@Nullable Object body) {
		OpenAiObservationContext context = context(operationId, clientName, baseUrl, streaming, body);
		if (this.recordContent) {
			Object prompt = AnswerAttributes.prompt(body);
			if (prompt != null) {
				context.setPrompt(OpenAiJson.mapper().writeValueAsString(prompt));
			}
		}
		return context;
	}

	/** One observed call while it runs. */
	private record Running(Observation observation, OpenAiObservationContext context, long startNanos,
			AtomicBoolean stopped, boolean recordContent) implements CallRecorder {

		@Override
		public void retried(Throwable failure) {
			this.context.addRetry(retryReason(failure));
			this.observation.event(OpenAiObservationDocumentation.Events.RETRY);
		}

		private void answered(HttpHeaders headers) {
			this.context.setRequestId(headers.getFirst("x-request-id"));
			RateLimits rateLimits = RateLimits.from(headers);
			if (rateLimits.remainingRequests() != null || rateLimits.remainingTokens() != null) {
				this.context.setRateLimits(rateLimits);
			}
		}

		void firstChunk() {
			this.context.setTimeToFirstChunk(Duration.ofNanos(System.nanoTime() - this.startNanos));
			this.observation.event(OpenAiObservationDocumentation.Events.FIRST_CHUNK);
		}

		void read(@Nullable Object answer) {
			if (answer instanceof ApiResponse<?> response) {
				answered(response.headers());
			}
			AnswerAttributes.read(answer, this.context);
			if (this.recordContent) {
				AnswerAttributes.readText(answer, this.context);
			}
		}

		void failed(Throwable failure) {
			this.observation.error(failure);
			stop(false);
		}

		/**
		 * Stop before the end is passed on, so that whoever sees the end also sees the
		 * observation stopped.
		 */
		void stop(boolean cancelled) {
			if (this.stopped.compareAndSet(false, true)) {
				String completion = this.context.getCompletion();
				if (completion != null) {
					this.observation.event(Observation.Event
						.of(OpenAiObservationDocumentation.Events.COMPLETION.getName(), completion));
				}
				this.context.setCancelled(cancelled);
				this.observation.stop();
			}
		}

		private static String retryReason(Throwable failure) {
			if (failure instanceof OpenAiServiceException service) {
				return Integer.toString(service.statusCode());
			}
			return failure.getClass().getSimpleName();
		}

	}

}
