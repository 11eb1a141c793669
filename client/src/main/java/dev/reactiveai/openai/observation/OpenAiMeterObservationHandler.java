package dev.reactiveai.openai.observation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.reactiveai.openai.core.RateLimits;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
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

	private final Map<KeyValues, CallMeters> callMeters = new ConcurrentHashMap<>();

	/**
	 * Record into a registry.
	 * @param registry the registry
	 */
	public OpenAiMeterObservationHandler(MeterRegistry registry) {
		this.registry = registry;
		// A meter removed from the registry would go on recording where nobody reads:
		// forget them all, so that the next calls register theirs again.
		registry.config().onMeterRemoved((meter) -> this.callMeters.clear());
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
		CallMeters meters = callMeters(context.getLowCardinalityKeyValues());
		Timer.Sample sample = context.get(Timer.Sample.class);
		if (sample != null) {
			sample.stop(meters.duration());
		}
		Long inputTokens = context.getInputTokens();
		if (inputTokens != null) {
			meters.inputTokens().record(inputTokens);
		}
		Long outputTokens = context.getOutputTokens();
		if (outputTokens != null) {
			meters.outputTokens().record(outputTokens);
		}
		Duration firstChunk = context.getTimeToFirstChunk();
		if (firstChunk != null) {
			meters.timeToFirstChunk().record(firstChunk);
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

	/**
	 * The meters of the calls with these tags. Building tags and looking meters up in the
	 * registry for each call cost more than the rest of the handler together, and the
	 * low-cardinality key values, which are the tags, are few by definition.
	 */
	private CallMeters callMeters(KeyValues lowCardinality) {
		CallMeters meters = this.callMeters.get(lowCardinality);
		if (meters == null) {
			meters = this.callMeters.computeIfAbsent(lowCardinality, (keyValues) -> new CallMeters(tags(keyValues)));
		}
		return meters;
	}

	private static Tags tags(KeyValues keyValues) {
		List<Tag> tags = new ArrayList<>();
		for (KeyValue keyValue : keyValues) {
			tags.add(Tag.of(keyValue.getKey(), keyValue.getValue()));
		}
		return Tags.of(tags);
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

	/**
	 * The meters that calls with one set of tags record into, each registered when it is
	 * first needed, so that no meter appears before a call has something to record. Two
	 * threads may both register a meter the first time: the registry gives both the same.
	 */
	private final class CallMeters {

		private final Tags tags;

		private volatile @Nullable Timer duration;

		private volatile @Nullable DistributionSummary inputTokens;

		private volatile @Nullable DistributionSummary outputTokens;

		private volatile @Nullable Timer timeToFirstChunk;

		CallMeters(Tags tags) {
			this.tags = tags;
		}

		Timer duration() {
			Timer timer = this.duration;
			if (timer == null) {
				timer = Timer.builder(OPERATION_DURATION)
					.description("Duration of calls, from the request to the whole answer, retries included")
					.serviceLevelObjectives(DURATION_BUCKETS)
					.tags(this.tags)
					.register(OpenAiMeterObservationHandler.this.registry);
				this.duration = timer;
			}
			return timer;
		}

		DistributionSummary inputTokens() {
			DistributionSummary summary = this.inputTokens;
			if (summary == null) {
				summary = tokens("input");
				this.inputTokens = summary;
			}
			return summary;
		}

		DistributionSummary outputTokens() {
			DistributionSummary summary = this.outputTokens;
			if (summary == null) {
				summary = tokens("output");
				this.outputTokens = summary;
			}
			return summary;
		}

		Timer timeToFirstChunk() {
			Timer timer = this.timeToFirstChunk;
			if (timer == null) {
				timer = Timer.builder(TIME_TO_FIRST_CHUNK)
					.description("Time from the request until a stream's first element")
					.tags(this.tags)
					.register(OpenAiMeterObservationHandler.this.registry);
				this.timeToFirstChunk = timer;
			}
			return timer;
		}

		private DistributionSummary tokens(String type) {
			return tokenUsage(OpenAiMeterObservationHandler.this.registry, this.tags, type);
		}

	}

	/**
	 * The token usage histogram of calls, or of realtime responses, with these tags.
	 * @param registry the registry to register it in
	 * @param tags the low-cardinality tags
	 * @param type {@code input} or {@code output}
	 * @return the histogram
	 */
	static DistributionSummary tokenUsage(MeterRegistry registry, Tags tags, String type) {
		return DistributionSummary.builder(TOKEN_USAGE)
			.description("Tokens used by calls, as their answers reported")
			.baseUnit("tokens")
			.serviceLevelObjectives(TOKEN_BUCKETS)
			.tags(tags)
			.tag("gen_ai.token.type", type)
			.register(registry);
	}

}
