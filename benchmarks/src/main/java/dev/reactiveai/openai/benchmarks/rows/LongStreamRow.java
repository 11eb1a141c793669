package dev.reactiveai.openai.benchmarks.rows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.reactiveai.openai.benchmarks.contenders.ByteDrainContender;
import dev.reactiveai.openai.benchmarks.contenders.OfficialSdkContender;
import dev.reactiveai.openai.benchmarks.contenders.OwnClientContender;
import dev.reactiveai.openai.benchmarks.contenders.StreamContender;
import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.harness.RowResult;
import dev.reactiveai.openai.benchmarks.probes.RowProbe;
import dev.reactiveai.openai.benchmarks.server.LoopbackServer;
import dev.reactiveai.openai.benchmarks.server.Payloads;

/**
 * Row 2: one long streamed chat completion, read to its end: events and megabytes per
 * second, for the two clients that parse it and for a reader that only counts its bytes,
 * the most any reader could do over the same connection.
 */
public final class LongStreamRow {

	private static final Map<String, String> NAMES = Map.of("drain", "byte drain (ceiling)", "own", "this client",
			"sdk", "official SDK", "responsesDrain", "Responses API stream: byte drain (ceiling)", "responsesOwn",
			"Responses API stream: this client (typed events)");

	private final HarnessSettings settings;

	private final LoopbackServer server;

	private final BuildOutput build;

	/**
	 * The row.
	 * @param settings the sizes
	 * @param server the server to call
	 * @param build where the row's JVM gets its class path
	 */
	public LongStreamRow(HarnessSettings settings, LoopbackServer server, BuildOutput build) {
		this.settings = settings;
		this.server = server;
		this.build = build;
	}

	public RowResult run() {
		Map<String, Double> figures = RowProbe.fork(RowProbe.STREAM, this.settings, this.server.baseUrl("long"),
				this.build);
		List<List<String>> table = new ArrayList<>();
		for (String id : List.of("drain", "own", "sdk")) {
			double rate = figures.get("stream." + id + ".eventsPerSecond");
			table.add(List.of(NAMES.get(id), Format.number(rate, 0), range(figures, id),
					Format.number(figures.get("stream." + id + ".mbPerSecond"), 1),
					Format.ratio(rate, figures.get("stream.sdk.eventsPerSecond")),
					Format.ratio(rate, figures.get("stream.drain.eventsPerSecond"))));
		}
		for (String id : List.of("responsesDrain", "responsesOwn")) {
			double rate = figures.get("stream." + id + ".eventsPerSecond");
			table.add(List.of(NAMES.get(id), Format.number(rate, 0), range(figures, id),
					Format.number(figures.get("stream." + id + ".mbPerSecond"), 1), "\u2014",
					Format.ratio(rate, figures.get("stream.responsesDrain.eventsPerSecond"))));
		}
		return new RowResult("2. Long chat completion stream",
				description(this.settings.streamEvents(), this.server.longStreamBytes()),
				List.of("Client", "events/s", "slowest \u2013 fastest round", "MB/s", "vs SDK", "vs byte drain"), table,
				List.of(), figures);
	}

	private static String range(Map<String, Double> figures, String id) {
		return Format.number(figures.get("stream." + id + ".slowestEventsPerSecond"), 0) + " \u2013 "
				+ Format.number(figures.get("stream." + id + ".fastestEventsPerSecond"), 0);
	}

	/**
	 * Measure the row, in the JVM of {@link RowProbe}.
	 * @param settings the sizes
	 * @param baseUrl the server's base URL for this row
	 * @return the figures
	 * @throws Exception if a stream fails
	 */
	public static Map<String, Double> measure(HarnessSettings settings, String baseUrl) throws Exception {
		Map<String, StreamContender> contenders = new LinkedHashMap<>();
		contenders.put("drain", new ByteDrainContender(baseUrl, 500));
		contenders.put("own", new OwnClientContender(baseUrl));
		contenders.put("sdk", new OfficialSdkContender(baseUrl, 64));
		ByteDrainContender drain = (ByteDrainContender) contenders.get("drain");
		OwnClientContender own = (OwnClientContender) contenders.get("own");
		// The Responses API stream takes its turn with the same clients.
		Map<String, StreamRead> reads = new LinkedHashMap<>();
		contenders.forEach((id, contender) -> reads.put(id, contender::readStream));
		reads.put("responsesDrain", () -> drain.readStream("/responses"));
		reads.put("responsesOwn", own::readResponseStream);
		int events = settings.streamEvents();
		long bytes = Payloads.chatCompletionStream(events).length;
		long content = Payloads.chatCompletionStreamContentLength(events);
		long responseBytes = Payloads.responseStream(events).length;
		Map<String, Long> expected = Map.of("drain", bytes, "own", content, "sdk", content, "responsesDrain",
				responseBytes, "responsesOwn", Payloads.responseStreamDeltaLength(events));
		try {
			Map<String, List<Double>> seconds = new LinkedHashMap<>();
			for (int round = 0; round < settings.streamWarmups() + settings.streamRounds(); round++) {
				for (Map.Entry<String, StreamRead> contender : reads.entrySet()) {
					System.gc();
					long start = System.nanoTime();
					long read = contender.getValue().read().get(settings.timeout().toSeconds(), TimeUnit.SECONDS);
					double elapsed = (System.nanoTime() - start) / 1e9;
					if (read != expected.get(contender.getKey())) {
						throw new IllegalStateException(NAMES.get(contender.getKey()) + " read " + read + ", not "
								+ expected.get(contender.getKey()) + ": it missed events");
					}
					if (round >= settings.streamWarmups()) {
						seconds.computeIfAbsent(contender.getKey(), (key) -> new ArrayList<>()).add(elapsed);
					}
				}
			}
			Map<String, Double> figures = new LinkedHashMap<>();
			seconds.forEach((id, times) -> {
				double median = Format.median(times);
				figures.put("stream." + id + ".eventsPerSecond", events / median);
				figures.put("stream." + id + ".slowestEventsPerSecond", events / Collections.max(times));
				figures.put("stream." + id + ".fastestEventsPerSecond", events / Collections.min(times));
				long body = id.startsWith("responses") ? responseBytes : bytes;
				figures.put("stream." + id + ".mbPerSecond", body / 1e6 / median);
			});
			return figures;
		}
		finally {
			contenders.values().forEach(StreamContender::close);
		}
	}

	/** One whole stream's reading, by one contender. */
	private interface StreamRead {

		CompletableFuture<Long> read();

	}

	private String description(int events, long bytes) {
		return "One streamed chat completion of " + Format.number(events, 0) + " `chat.completion.chunk` events ("
				+ Format.number(bytes / (double) events, 0) + " bytes each, " + Format.bytes(bytes)
				+ " in all, ending `data: [DONE]`), sent from memory in 16 KiB pieces. Each client reads every "
				+ "chunk into its model and adds up the content's length, which is checked; the byte drain (Reactor "
				+ "Netty's `HttpClient`) only counts bytes. The clients take turns, " + this.settings.streamWarmups()
				+ " unmeasured round(s) then " + this.settings.streamRounds()
				+ " measured, and the table gives the median, next to the slowest and the fastest round. The clients run in a JVM of their own ("
				+ String.join(" ", RowProbe.JVM_OPTIONS) + "), apart from the server. "
				+ "1 MB = 10^6 bytes of the body. Ratios above 1 are faster. The last two lines take their turns "
				+ "in the same rounds on a Responses API stream of as many typed `response.output_text.delta` "
				+ "events (`event:` lines, " + Format.bytes(this.server.longResponseStreamBytes())
				+ " in all), read into this client's `ResponseStreamEvent` union, the deltas' length checked; "
				+ "their ratio is to the byte drain of that stream.";
	}

}
