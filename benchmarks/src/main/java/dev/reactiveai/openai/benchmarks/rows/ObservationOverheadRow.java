package dev.reactiveai.openai.benchmarks.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.benchmarks.contenders.OwnClientContender;
import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.harness.LoadDriver;
import dev.reactiveai.openai.benchmarks.harness.LoadResult;
import dev.reactiveai.openai.benchmarks.harness.RowResult;
import dev.reactiveai.openai.benchmarks.probes.RowProbe;
import dev.reactiveai.openai.benchmarks.server.LoopbackServer;
import dev.reactiveai.openai.benchmarks.server.Payloads;
import dev.reactiveai.openai.observation.OpenAiMeterObservationHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Row 7: what observing calls costs. The non-streaming call of row 1, by this client
 * unobserved and by this client observed as Spring Boot's actuator observes it (an
 * observation registry with Micrometer's meter handler and the client's, into a meter
 * registry, and the web client's own {@code http.client.requests}), in the same JVM,
 * taking turns round after round.
 */
public final class ObservationOverheadRow {

	private static final int WARMUP_CONCURRENCY = 32;

	private static final Map<String, String> NAMES = Map.of("off", "observation off", "on", "observation on");

	private final HarnessSettings settings;

	private final LoopbackServer server;

	private final BuildOutput build;

	/**
	 * The row.
	 * @param settings the sizes
	 * @param server the server to call
	 * @param build where the row's JVM gets its class path
	 */
	public ObservationOverheadRow(HarnessSettings settings, LoopbackServer server, BuildOutput build) {
		this.settings = settings;
		this.server = server;
		this.build = build;
	}

	public RowResult run() {
		Map<String, Double> figures = RowProbe.fork(RowProbe.OBSERVATION, this.settings, this.server.baseUrl("chat"),
				this.build);
		List<List<String>> table = new ArrayList<>();
		for (int concurrency : this.settings.concurrencies()) {
			String prefix = "observation.c" + concurrency + ".";
			for (String id : List.of("off", "on")) {
				double rps = figures.get(prefix + id + ".rps");
				double p50 = figures.get(prefix + id + ".p50");
				double p99 = figures.get(prefix + id + ".p99");
				table.add(List.of(String.valueOf(concurrency), NAMES.get(id), Format.number(rps, 0),
						Format.number(p50, 2), Format.number(p99, 2),
						Format.ratio(rps, figures.get(prefix + "off.rps")),
						Format.ratio(p50, figures.get(prefix + "off.p50")),
						Format.ratio(p99, figures.get(prefix + "off.p99"))));
			}
		}
		return new RowResult("7. Observation overhead", description(), List.of("Concurrency", "Client", "req/s",
				"p50 ms", "p99 ms", "req/s vs off", "p50 vs off", "p99 vs off"), table, List.of(), figures);
	}

	/**
	 * Measure the row, in the JVM of {@link RowProbe}.
	 * @param settings the sizes
	 * @param baseUrl the server's base URL for this row
	 * @return the figures
	 * @throws Exception if a call fails
	 */
	public static Map<String, Double> measure(HarnessSettings settings, String baseUrl) throws Exception {
		MeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig()
			.observationHandler(new DefaultMeterObservationHandler(meters))
			.observationHandler(new OpenAiMeterObservationHandler(meters));
		Map<String, OwnClientContender> contenders = new LinkedHashMap<>();
		contenders.put("off", new OwnClientContender(baseUrl));
		contenders.put("on", new OwnClientContender(baseUrl, (builder) -> builder.observationRegistry(observations)
			.webClientBuilder(WebClient.builder().observationRegistry(observations))));
		try {
			LoadDriver driver = new LoadDriver(settings.timeout());
			for (OwnClientContender contender : contenders.values()) {
				int length = contender.complete().get(settings.timeout().toSeconds(), TimeUnit.SECONDS);
				if (length != Payloads.chatCompletionContentLength()) {
					throw new IllegalStateException(contender.name() + " read " + length + " characters of content");
				}
			}
			if (meters.find("gen_ai.client.token.usage").summaries().isEmpty()
					|| meters.find("http.client.requests").timers().isEmpty()) {
				throw new IllegalStateException("The observed client recorded no meters: " + meters.getMeters());
			}
			for (OwnClientContender contender : contenders.values()) {
				driver.run(contender::complete, WARMUP_CONCURRENCY, settings.completionWarmup());
			}
			Map<String, Double> figures = new LinkedHashMap<>();
			for (int concurrency : settings.concurrencies()) {
				Map<String, List<LoadResult>> rounds = new LinkedHashMap<>();
				for (int round = 0; round < settings.completionRounds(); round++) {
					for (Map.Entry<String, OwnClientContender> contender : contenders.entrySet()) {
						System.gc();
						LoadResult result = driver.run(contender.getValue()::complete, concurrency,
								settings.completionRound());
						rounds.computeIfAbsent(contender.getKey(), (key) -> new ArrayList<>()).add(result);
					}
				}
				rounds.forEach((id, results) -> {
					String prefix = "observation.c" + concurrency + "." + id + ".";
					figures.put(prefix + "rps", Format.median(results.stream().map(LoadResult::throughput).toList()));
					figures.put(prefix + "p50", Format.median(results.stream().map(LoadResult::p50Millis).toList()));
					figures.put(prefix + "p99", Format.median(results.stream().map(LoadResult::p99Millis).toList()));
				});
			}
			return figures;
		}
		finally {
			contenders.values().forEach(OwnClientContender::close);
		}
	}

	private String description() {
		return "The call of row 1, by this client twice in one JVM: unobserved (its default), and observed as "
				+ "Spring Boot's actuator observes it, into an `ObservationRegistry` with Micrometer's "
				+ "`DefaultMeterObservationHandler` and the client's `OpenAiMeterObservationHandler` on a "
				+ "`SimpleMeterRegistry`, the web client observed too (`http.client.requests`): per call one "
				+ "`gen_ai.client.operation` observation, its duration and token histograms, and the HTTP client's "
				+ "observation. No tracer. After a warm-up of " + this.settings.completionWarmup().toMillis()
				+ " ms each at concurrency " + WARMUP_CONCURRENCY + ", each concurrency runs "
				+ this.settings.completionRounds() + " round(s) of " + this.settings.completionRound().toMillis()
				+ " ms per client, taking turns; the table gives the median over rounds. Ratios are over the "
				+ "unobserved client: below 1 req/s, or above 1 latency, is the cost of observation.";
	}

}
