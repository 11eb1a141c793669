package dev.reactiveai.openai.benchmarks.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.benchmarks.contenders.CompletionContender;
import dev.reactiveai.openai.benchmarks.contenders.OfficialSdkContender;
import dev.reactiveai.openai.benchmarks.contenders.OwnClientContender;
import dev.reactiveai.openai.benchmarks.contenders.RawWebClientContender;
import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.harness.LoadDriver;
import dev.reactiveai.openai.benchmarks.harness.LoadResult;
import dev.reactiveai.openai.benchmarks.harness.RowResult;
import dev.reactiveai.openai.benchmarks.probes.RowProbe;
import dev.reactiveai.openai.benchmarks.server.LoopbackServer;
import dev.reactiveai.openai.benchmarks.server.Payloads;

/**
 * Row 1: non-streaming chat completions of about 1 KB, under closed-loop load at each
 * concurrency: requests per second, and the median and 99th percentile of latency. The
 * contenders take turns, round after round, so that whatever else the machine does falls
 * on all of them alike.
 */
public final class NonStreamingRow {

	private static final int WARMUP_CONCURRENCY = 32;

	private static final Map<String, String> NAMES = Map.of("own", "this client", "sdk", "official SDK", "raw",
			"raw WebClient");

	private final HarnessSettings settings;

	private final LoopbackServer server;

	private final BuildOutput build;

	/**
	 * The row.
	 * @param settings the sizes
	 * @param server the server to call
	 * @param build where the row's JVM gets its class path
	 */
	public NonStreamingRow(HarnessSettings settings, LoopbackServer server, BuildOutput build) {
		this.settings = settings;
		this.server = server;
		this.build = build;
	}

	public RowResult run() {
		Map<String, Double> figures = RowProbe.fork(RowProbe.COMPLETION, this.settings, this.server.baseUrl("chat"),
				this.build);
		List<List<String>> table = new ArrayList<>();
		for (int concurrency : this.settings.concurrencies()) {
			for (String id : List.of("own", "sdk", "raw")) {
				table.add(line(figures, concurrency, id, NAMES.get(id)));
			}
		}
		return new RowResult("1. Non-streaming chat completion", description(),
				List.of("Concurrency", "Client", "req/s", "p50 ms", "p99 ms", "req/s vs SDK", "p50 vs SDK",
						"p99 vs SDK", "req/s vs raw", "p50 vs raw", "p99 vs raw"),
				table, List.of(), figures);
	}

	/**
	 * Measure the row, in the JVM of {@link RowProbe}.
	 * @param settings the sizes
	 * @param baseUrl the server's base URL for this row
	 * @return the figures
	 * @throws Exception if a call fails
	 */
	public static Map<String, Double> measure(HarnessSettings settings, String baseUrl) throws Exception {
		int maxRequests = 512;
		Map<String, CompletionContender> contenders = new LinkedHashMap<>();
		contenders.put("own", new OwnClientContender(baseUrl));
		contenders.put("sdk", new OfficialSdkContender(baseUrl, maxRequests));
		contenders.put("raw", new RawWebClientContender(baseUrl));
		try {
			LoadDriver driver = new LoadDriver(settings.timeout());
			for (CompletionContender contender : contenders.values()) {
				int length = contender.complete().get(settings.timeout().toSeconds(), TimeUnit.SECONDS);
				if (length != Payloads.chatCompletionContentLength()) {
					throw new IllegalStateException(contender.name() + " read " + length + " characters of content");
				}
			}
			for (CompletionContender contender : contenders.values()) {
				driver.run(contender::complete, WARMUP_CONCURRENCY, settings.completionWarmup());
			}
			Map<String, Double> figures = new LinkedHashMap<>();
			for (int concurrency : settings.concurrencies()) {
				Map<String, List<LoadResult>> rounds = new LinkedHashMap<>();
				for (int round = 0; round < settings.completionRounds(); round++) {
					for (Map.Entry<String, CompletionContender> contender : contenders.entrySet()) {
						System.gc();
						LoadResult result = driver.run(contender.getValue()::complete, concurrency,
								settings.completionRound());
						rounds.computeIfAbsent(contender.getKey(), (key) -> new ArrayList<>()).add(result);
					}
				}
				rounds.forEach((id, results) -> {
					String prefix = "completion.c" + concurrency + "." + id + ".";
					figures.put(prefix + "rps", Format.median(results.stream().map(LoadResult::throughput).toList()));
					figures.put(prefix + "p50", Format.median(results.stream().map(LoadResult::p50Millis).toList()));
					figures.put(prefix + "p99", Format.median(results.stream().map(LoadResult::p99Millis).toList()));
				});
			}
			return figures;
		}
		finally {
			contenders.values().forEach(CompletionContender::close);
		}
	}

	private static List<String> line(Map<String, Double> figures, int concurrency, String id, String name) {
		String prefix = "completion.c" + concurrency + ".";
		double rps = figures.get(prefix + id + ".rps");
		double p50 = figures.get(prefix + id + ".p50");
		double p99 = figures.get(prefix + id + ".p99");
		return List.of(String.valueOf(concurrency), name, Format.number(rps, 0), Format.number(p50, 2),
				Format.number(p99, 2), Format.ratio(rps, figures.get(prefix + "sdk.rps")),
				Format.ratio(p50, figures.get(prefix + "sdk.p50")), Format.ratio(p99, figures.get(prefix + "sdk.p99")),
				Format.ratio(rps, figures.get(prefix + "raw.rps")), Format.ratio(p50, figures.get(prefix + "raw.p50")),
				Format.ratio(p99, figures.get(prefix + "raw.p99")));
	}

	private String description() {
		return "A chat completion request (model, system and user message) answered with a "
				+ Payloads.chatCompletion().length + "-byte `chat.completion`, which each client reads into its "
				+ "model and whose content it reads. Closed loop: each of *concurrency* callers sends its next request "
				+ "as soon as its last answer is read. After a warm-up of "
				+ this.settings.completionWarmup().toMillis() + " ms per client at concurrency " + WARMUP_CONCURRENCY
				+ ", each concurrency runs " + this.settings.completionRounds() + " round(s) of "
				+ this.settings.completionRound().toMillis()
				+ " ms per client, the clients taking turns (A/B/C/A/B/C); the table gives the median over rounds. "
				+ "Latency is from the call to the parsed answer, in an HdrHistogram. The clients run in a JVM "
				+ "of their own (" + String.join(" ", RowProbe.JVM_OPTIONS) + "), apart from the server. "
				+ "Ratios are this row's figure over the SDK's or the raw baseline's: above 1 is more requests per "
				+ "second, below 1 is lower latency.";
	}

}
