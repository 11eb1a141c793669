package dev.reactiveai.openai.observation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.reactiveai.openai.core.RateLimits;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

/**
 * Records, from each observed call, the meters of the GenAI conventions: operation
 * duration and token usage as histograms with the conventions' buckets, and time to first
 * chunk; besides them retries by reason, the streams open per client, and the rate limits
 * each client last saw, as gauges. Micrometer's own meter handler, when registered too,
 * adds a timer named after the observation ({@code gen_ai.client.operation}) and the
 * calls in flight ({@code gen_ai.client.operation.active}).
 */
public class OpenAiMeterObservationHandler implements ObservationHandler<OpenAiObservationContext> {

	/** Token counts, as {@code gen_ai.token.type} {@code input} and {@code output}. */
	public static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	/** How long calls took, in seconds, streams to their end. */
	public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";

	/** Streams of a client that are open now, by {@code openai.client.name}. */
	public static final String OPEN_STREAMS = "openai.client.streams.open";

	/** How long a stream took to deliver its first element. */
	public static final String TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";

	/** Retries, by {@code openai.retry.reason}. */
	public static final String RETRIES = "openai.client.retries";

	/**
	 * Requests or tokens left in the rate-limit window, by
	 * {@code openai.rate_limit.kind}.
	 */
	public static final String RATE_LIMIT_REMAINING = "openai.client.rate_limit.remaining";

	/**
	 * Requests or tokens the rate-limit window allows, by {@code openai.rate_limit.kind}.
	 */
	public static final String RATE_LIMIT_LIMIT = "openai.client.rate_limit.limit";

	/** The bucket boundaries the GenAI conventions give for token counts. */
	private static final double[] TOKEN_BUCKETS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576,
			4194304, 16777216, 67108864 };

	/** The bucket boundaries the GenAI conventions give for durations, in seconds. */
	private static final Duration[] DURATION_BUCKETS = durations(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56,
			5.12, 10.24, 20.48, 40.96, 81.92);

	private final MeterRegistry registry;

	private final Map<String, AtomicLong> openStreams = new ConcurrentHashMap<>();

	private final Map<Gauged, AtomicLong> gauges = new ConcurrentHashMap<>();

	/**
	 * Record into a registry.
	 * @param registry the registry
	 */
	public OpenAiMeterObservationHandler(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof OpenAiObservationContext;
	}

	@Override
	public void onStart(OpenAiObservationContext context) {
		context.put(Timer.Sample.class, Timer.start(this.registry));
		if (context.isStreaming()) {
			openStreams(context.getClientName()).incrementAndGet();
		}
	}

	@Override
	public void onStop(OpenAiObservationContext context) {
		if (context.isStreaming()) {
			openStreams(context.getClientName()).decrementAndGet();
		}
		Tags tags = Tags.empty();
		for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
			tags = tags.and(keyValue.getKey(), keyValue.getValue());
		}
		Timer.Sample sample = context.get(Timer.Sample.class);
		if (sample != null) {
			sample.stop(Timer.builder(OPERATION_DURATION)
				.description("Duration of calls, from the request to the whole answer, retries included")
				.serviceLevelObjectives(DURATION_BUCKETS)
				.tags(tags)
				.register(this.registry));
		}
		tokens(tags, "input", context.getInputTokens());
		tokens(tags, "output", context.getOutputTokens());
		Duration firstChunk = context.getTimeToFirstChunk();
		if (firstChunk != null) {
			Timer.builder(TIME_TO_FIRST_CHUNK)
				.description("Time from the request until a stream's first element")
				.tags(tags)
				.register(this.registry)
				.record(firstChunk);
		}
		for (String reason : context.getRetryReasons()) {
			Counter.builder(RETRIES)
				.description("Attempts of calls that were tried again")
				.tags(Tags.of(Tag.of("openai.client.name", context.getClientName()),
						Tag.of("openai.operation.id", context.getOperationId()), Tag.of("openai.retry.reason", reason)))
				.register(this.registry)
				.increment();
		}
		RateLimits rateLimits = context.getRateLimits();
		if (rateLimits != null) {
			gauge(RATE_LIMIT_REMAINING, context.getClientName(), "requests", rateLimits.remainingRequests());
			gauge(RATE_LIMIT_REMAINING, context.getClientName(), "tokens", rateLimits.remainingTokens());
			gauge(RATE_LIMIT_LIMIT, context.getClientName(), "requests", rateLimits.limitRequests());
			gauge(RATE_LIMIT_LIMIT, context.getClientName(), "tokens", rateLimits.limitTokens());
		}
	}

	private AtomicLong openStreams(String client) {
		return this.openStreams.computeIfAbsent(client, (name) -> {
			AtomicLong open = new AtomicLong();
			Gauge.builder(OPEN_STREAMS, open, AtomicLong::doubleValue)
				.description("Streams of the client that are open now")
				.tags("openai.client.name", name)
				.strongReference(true)
				.register(this.registry);
			return open;
		});
	}

	private static Duration[] durations(double... seconds) {
		Duration[] durations = new Duration[seconds.length];
		for (int i = 0; i < seconds.length; i++) {
			durations[i] = Duration.ofNanos((long) (seconds[i] * 1_000_000_000L));
		}
		return durations;
	}

	private void tokens(Tags tags, String type, @Nullable Long count) {
		if (count != null) {
			DistributionSummary.builder(TOKEN_USAGE)
				.description("Tokens used by calls, as their answers reported")
				.baseUnit("tokens")
				.serviceLevelObjectives(TOKEN_BUCKETS)
				.tags(tags)
				.tag("gen_ai.token.type", type)
				.register(this.registry)
				.record(count);
		}
	}

	private void gauge(String name, String client, String kind, @Nullable Long value) {
		if (value == null) {
			return;
		}
		Gauged key = new Gauged(name, client, kind);
		AtomicLong holder = this.gauges.computeIfAbsent(key, (gauged) -> {
			AtomicLong registered = new AtomicLong();
			Gauge.builder(name, registered, AtomicLong::doubleValue)
				.description("The rate limit OpenAI last reported to this client")
				.tags("openai.client.name", client, "openai.rate_limit.kind", kind)
				.strongReference(true)
				.register(this.registry);
			return registered;
		});
		holder.set(value);
	}

	private record Gauged(String name, String client, String kind) {
	}

}
