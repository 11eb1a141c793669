package dev.reactiveai.openai.benchmarks.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
			"sdk", "official SDK");

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
			table.add(List.of(NAMES.get(id), Format.number(rate, 0),
					Format.number(figures.get("stream." + id + ".mbPerSecond"), 1),
					Format.ratio(rate, figures.get("stream.sdk.eventsPerSecond")),
					Format.ratio(rate, figures.get("stream.drain.eventsPerSecond"))));
		}
		return new RowResult("2. Long chat completion stream",
				description(this.settings.streamEvents(), this.server.longStreamBytes()),
				List.of("Client", "events/s", "MB/s", "vs SDK", "vs byte drain"), table, List.of(), figures);
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
		int events = settings.streamEvents();
		long bytes = Payloads.chatCompletionStream(events).length;
		long content = Payloads.chatCompletionStreamContentLength(events);
		try {
			Map<String, List<Double>> seconds = new LinkedHashMap<>();
			for (int round = 0; round < settings.streamWarmups() + settings.streamRounds(); round++) {
				for (Map.Entry<String, StreamContender> contender : contenders.entrySet()) {
					System.gc();
					long start = System.nanoTime();
					long read = contender.getValue().readStream().get(settings.timeout().toSeconds(), TimeUnit.SECONDS);
					double elapsed = (System.nanoTime() - start) / 1e9;
					long expected = contender.getKey().equals("drain") ? bytes : content;
					if (read != expected) {
						throw new IllegalStateException(contender.getValue().name() + " read " + read + ", not "
								+ expected + ": it missed events");
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
				figures.put("stream." + id + ".mbPerSecond", bytes / 1e6 / median);
			});
			return figures;
		}
		finally {
			contenders.values().forEach(StreamContender::close);
		}
	}

	private String description(int events, long bytes) {
		return "One streamed chat completion of " + Format.number(events, 0) + " `chat.completion.chunk` events ("
				+ Format.number(bytes / (double) events, 0) + " bytes each, " + Format.bytes(bytes)
				+ " in all, ending `data: [DONE]`), sent from memory in 16 KiB pieces. Each client reads every "
				+ "chunk into its model and adds up the content's length, which is checked; the byte drain (Reactor "
				+ "Netty's `HttpClient`) only counts bytes. The clients take turns, " + this.settings.streamWarmups()
				+ " unmeasured round(s) then " + this.settings.streamRounds()
				+ " measured, and the table gives the median. The clients run in a JVM of their own ("
				+ String.join(" ", RowProbe.JVM_OPTIONS) + "), apart from the server. "
				+ "1 MB = 10^6 bytes of the body. Ratios above 1 are faster.";
	}

}
