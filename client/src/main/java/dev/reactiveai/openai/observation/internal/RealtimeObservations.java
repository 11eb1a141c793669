package dev.reactiveai.openai.observation.internal;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.observation.DefaultRealtimeResponseObservationConvention;
import dev.reactiveai.openai.observation.DefaultRealtimeSessionObservationConvention;
import dev.reactiveai.openai.observation.RealtimeObservationDocumentation;
import dev.reactiveai.openai.observation.RealtimeResponseObservationContext;
import dev.reactiveai.openai.observation.RealtimeResponseObservationConvention;
import dev.reactiveai.openai.observation.RealtimeSessionObservationContext;
import dev.reactiveai.openai.observation.RealtimeSessionObservationConvention;
import dev.reactiveai.openai.types.RealtimeResponse;
import dev.reactiveai.openai.types.RealtimeServerEvent;
import dev.reactiveai.openai.types.RealtimeServerEventResponseAudioDelta;
import dev.reactiveai.openai.types.RealtimeServerEventResponseAudioTranscriptDelta;
import dev.reactiveai.openai.types.RealtimeServerEventResponseCreated;
import dev.reactiveai.openai.types.RealtimeServerEventResponseDone;
import dev.reactiveai.openai.types.RealtimeServerEventResponseFunctionCallArgumentsDelta;
import dev.reactiveai.openai.types.RealtimeServerEventResponseTextDelta;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes the realtime sessions of a client: one
 * {@link RealtimeObservationDocumentation#REALTIME_SESSION} observation per session, from
 * the handshake until the socket closes, and one
 * {@link RealtimeObservationDocumentation#REALTIME_RESPONSE} observation, its child, per
 * response, from the server's {@code response.created} to its {@code response.done}.
 * Without a registry ({@link ObservationRegistry#NOOP}) nothing is recorded and sessions
 * do no extra work per event.
 */
public final class RealtimeObservations {

	/** Observes nothing. */
	public static final RealtimeObservations NOOP = new RealtimeObservations(ObservationRegistry.NOOP, null, null);

	private static final DefaultRealtimeSessionObservationConvention DEFAULT_SESSION_CONVENTION = new DefaultRealtimeSessionObservationConvention();

	private static final DefaultRealtimeResponseObservationConvention DEFAULT_RESPONSE_CONVENTION = new DefaultRealtimeResponseObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable RealtimeSessionObservationConvention sessionConvention;

	private final @Nullable RealtimeResponseObservationConvention responseConvention;

	/**
	 * Observe realtime sessions in a registry.
	 * @param registry where the observations go; with {@link ObservationRegistry#NOOP}
	 * sessions are not observed
	 * @param sessionConvention the convention of sessions to use instead of the default,
	 * or null
	 * @param responseConvention the convention of responses to use instead of the
	 * default, or null
	 */
	public RealtimeObservations(ObservationRegistry registry,
			@Nullable RealtimeSessionObservationConvention sessionConvention,
			@Nullable RealtimeResponseObservationConvention responseConvention) {
		this.registry = registry;
		this.sessionConvention = sessionConvention;
		this.responseConvention = responseConvention;
	}

	/**
	 * Whether sessions go unobserved.
	 * @return whether the registry records nothing
	 */
	public boolean isNoop() {
		return this.registry.isNoop();
	}

	/**
	 * Start observing a session, before its handshake.
	 * @param clientName the name of the client opening it
	 * @param uri where it connects
	 * @param model the model (on Azure, the deployment) it is opened for, if named
	 * @param parent the observation it happens within, if any
	 * @return the running observation of the session
	 */
	public Session start(String clientName, URI uri, @Nullable String model, @Nullable Observation parent) {
		int port = (uri.getPort() != -1) ? uri.getPort()
				: ("ws".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443);
		RealtimeSessionObservationContext context = new RealtimeSessionObservationContext(clientName, model,
				Objects.requireNonNullElse(uri.getHost(), "unknown"), port);
		Observation observation = RealtimeObservationDocumentation.REALTIME_SESSION
			.observation(this.sessionConvention, DEFAULT_SESSION_CONVENTION, () -> context, this.registry)
			.parentObservation(parent)
			.start();
		return new Session(observation, context);
	}

	/**
	 * The observation of one session while it runs, with those of its open responses. Its
	 * methods may be called from any thread.
	 */
	public final class Session {

		private final Observation observation;

		private final RealtimeSessionObservationContext context;

		private final Map<String, Response> responses = new HashMap<>();

		private boolean cancelled;

		private boolean stopped;

		private Session(Observation observation, RealtimeSessionObservationContext context) {
			this.observation = observation;
			this.context = context;
		}

		/**
		 * The session's observation, the parent of its responses'.
		 * @return the observation
		 */
		public Observation observation() {
			return this.observation;
		}

		/**
		 * A server event arrived: responses start, get their first delta, or end.
		 * @param event the event
		 */
		public synchronized void event(RealtimeServerEvent event) {
			if (this.stopped) {
				return;
			}
			if (event instanceof RealtimeServerEventResponseCreated created) {
				responseCreated(created.response());
			}
			else if (event instanceof RealtimeServerEventResponseDone done) {
				responseDone(done.response());
			}
			else {
				String delta = deltaOf(event);
				if (delta != null) {
					Response response = this.responses.get(delta);
					if (response != null) {
						response.delta();
					}
				}
			}
		}

		/**
		 * The session's subscriber cancelled: the session ends as cancelled when it
		 * closes.
		 */
		public synchronized void cancelled() {
			this.cancelled = true;
		}

		/**
		 * Opening the session was cancelled before the socket opened.
		 */
		public synchronized void cancelledBeforeOpen() {
			this.cancelled = true;
			stop(null, null, false);
		}

		/**
		 * The session could not be opened.
		 * @param failure why
		 */
		public synchronized void failed(Throwable failure) {
			stop(failure, null, false);
		}

		/**
		 * The socket closed.
		 * @param code the close code
		 * @param byServer whether the server closed it with a code other than 1000
		 * @param error what the session's events failed with, if they did
		 */
		public synchronized void closed(int code, boolean byServer, @Nullable Throwable error) {
			stop(error, code, byServer);
		}

		private void responseCreated(RealtimeResponse created) {
			String id = Objects.requireNonNullElse(created.id(), "");
			RealtimeResponseObservationContext responseContext = new RealtimeResponseObservationContext(this.context,
					created.id());
			Observation response = RealtimeObservationDocumentation.REALTIME_RESPONSE
				.observation(RealtimeObservations.this.responseConvention, DEFAULT_RESPONSE_CONVENTION,
						() -> responseContext, RealtimeObservations.this.registry)
				.parentObservation(this.observation)
				.start();
			this.context.addResponse();
			Response previous = this.responses.put(id, new Response(response, responseContext, System.nanoTime()));
			if (previous != null) {
				previous.stop(null, RealtimeResponseObservationContext.Outcome.CANCELLED);
			}
		}

		private void responseDone(RealtimeResponse done) {
			Response response = this.responses.remove(Objects.requireNonNullElse(done.id(), ""));
			if (response != null) {
				response.done(done);
			}
		}

		private void stop(@Nullable Throwable error, @Nullable Integer code, boolean byServer) {
			if (this.stopped) {
				return;
			}
			this.stopped = true;
			List<Response> open = new ArrayList<>(this.responses.values());
			this.responses.clear();
			boolean failed = error != null && !this.cancelled;
			for (Response response : open) {
				response.stop(failed ? error : null, failed ? RealtimeResponseObservationContext.Outcome.ERROR
						: RealtimeResponseObservationContext.Outcome.CANCELLED);
			}
			if (code != null) {
				this.context.setCloseCode(code);
			}
			if (this.cancelled) {
				this.context.setOutcome(RealtimeSessionObservationContext.Outcome.CANCELLED);
			}
			else if (byServer) {
				this.context.setOutcome(RealtimeSessionObservationContext.Outcome.CLOSED_BY_SERVER);
			}
			else if (error != null) {
				this.context.setOutcome(RealtimeSessionObservationContext.Outcome.ERROR);
			}
			else {
				this.context.setOutcome(RealtimeSessionObservationContext.Outcome.CLOSED);
			}
			if (error != null && !this.cancelled) {
				this.observation.error(error);
			}
			this.observation.stop();
		}

		private static @Nullable String deltaOf(RealtimeServerEvent event) {
			if (event instanceof RealtimeServerEventResponseTextDelta text) {
				return text.responseId();
			}
			if (event instanceof RealtimeServerEventResponseAudioTranscriptDelta transcript) {
				return transcript.responseId();
			}
			if (event instanceof RealtimeServerEventResponseAudioDelta audio) {
				return audio.responseId();
			}
			if (event instanceof RealtimeServerEventResponseFunctionCallArgumentsDelta arguments) {
				return arguments.responseId();
			}
			return null;
		}

	}

	/** The observation of one response while it runs. */
	private record Response(Observation observation, RealtimeResponseObservationContext context, long startNanos) {

		void delta() {
			if (this.context.getTimeToFirstDelta() == null) {
				this.context.setTimeToFirstDelta(Duration.ofNanos(System.nanoTime() - this.startNanos));
				this.observation.event(RealtimeObservationDocumentation.Events.FIRST_DELTA);
			}
		}

		void done(RealtimeResponse done) {
			String status = (done.status() != null) ? done.status().value() : null;
			RealtimeResponse.StatusDetails details = done.statusDetails();
			this.context.setStatus(status);
			this.context
				.setFinishReason((details != null && details.reason() != null) ? details.reason().value() : status);
			RealtimeResponse.Usage usage = done.usage();
			if (usage != null) {
				this.context.setInputTokens(usage.inputTokens());
				this.context.setOutputTokens(usage.outputTokens());
				this.context.setTotalTokens(usage.totalTokens());
			}
			if ("failed".equals(status)) {
				String type = (details != null && details.error() != null) ? details.error().type() : null;
				stop(new OpenAiException(
						"The realtime response " + done.id() + " failed" + ((type != null) ? " (" + type + ")" : "")),
						RealtimeResponseObservationContext.Outcome.ERROR);
			}
			else {
				stop(null, "cancelled".equals(status) ? RealtimeResponseObservationContext.Outcome.CANCELLED
						: RealtimeResponseObservationContext.Outcome.SUCCESS);
			}
		}

		void stop(@Nullable Throwable error, RealtimeResponseObservationContext.Outcome outcome) {
			this.context.setOutcome(outcome);
			if (error != null) {
				this.observation.error(error);
			}
			this.observation.stop();
		}

	}

}
