package dev.reactiveai.openai.benchmarks.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.ForkedJvm;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.harness.RowResult;
import dev.reactiveai.openai.benchmarks.probes.OpenStreamsProbe;
import dev.reactiveai.openai.benchmarks.server.LoopbackServer;

/**
 * Row 3: many streams open at once, each having had one event and waiting for more: what
 * they cost the client's JVM, measured by {@link OpenStreamsProbe} in a JVM of its own
 * for each client and round.
 */
public final class OpenStreamsRow {

	/** The probe JVMs' options, the same for every client. */
	static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx2g", "-XX:+UseG1GC");

	private static final Map<String, String> NAMES = Map.of("own", "this client", "sdk", "official SDK", "drain",
			"Reactor Netty HttpClient (floor)");

	private final HarnessSettings settings;

	private final LoopbackServer server;

	private final BuildOutput build;

	/**
	 * The row.
	 * @param settings the sizes
	 * @param server the server to call
	 * @param build where the probe's class path comes from
	 */
	public OpenStreamsRow(HarnessSettings settings, LoopbackServer server, BuildOutput build) {
		this.settings = settings;
		this.server = server;
		this.build = build;
	}

	public RowResult run() {
		ForkedJvm jvm = new ForkedJvm(this.build.logs());
		int streams = this.settings.openStreams();
		long timeoutSeconds = this.settings.timeout().toSeconds();
		Map<String, List<Map<String, String>>> results = new LinkedHashMap<>();
		for (int round = 0; round < this.settings.openStreamRounds(); round++) {
			for (String id : List.of("own", "sdk", "drain")) {
				Map<String, String> result = jvm.run(this.build.classpath(), JVM_OPTIONS,
						OpenStreamsProbe.class.getName(), List.of(id, this.server.baseUrl("open"),
								String.valueOf(streams), String.valueOf(timeoutSeconds)),
						this.settings.timeout().multipliedBy(2));
				results.computeIfAbsent(id, (key) -> new ArrayList<>()).add(result);
			}
		}
		Map<String, Double> figures = new LinkedHashMap<>();
		List<String> notes = new ArrayList<>();
		results.forEach((id, runs) -> {
			String prefix = "open." + id + ".";
			figures.put(prefix + "streams", median(runs, (run) -> value(run, "streams")));
			figures.put(prefix + "openSeconds", median(runs, (run) -> value(run, "openSeconds")));
			figures.put(prefix + "threads", median(runs, (run) -> value(run, "threadsAfter")));
			figures.put(prefix + "threadsAdded", median(runs, (run) -> delta(run, "threads", 1)));
			figures.put(prefix + "heapPerStream", median(runs, (run) -> perStream(run, "heap")));
			figures.put(prefix + "jdkDirectPerStream", median(runs, (run) -> perStream(run, "jdkDirect")));
			figures.put(prefix + "nettyDirectPerStream", median(runs,
					(run) -> Math.max(perStream(run, "nettyDirect"), perStream(run, "nettyAllocatorDirect"))));
			figures.put(prefix + "rssPerStream", median(runs, (run) -> perStream(run, "rss")));
			for (Map<String, String> run : runs) {
				if (!"none".equals(run.get("stopped"))) {
					notes.add(NAMES.get(id) + " held " + run.get("streams") + " of " + streams
							+ " streams; opening stopped by: `" + run.get("stopped") + "`.");
				}
			}
		});
		List<List<String>> table = new ArrayList<>();
		for (String id : results.keySet()) {
			String prefix = "open." + id + ".";
			table.add(List.of(NAMES.get(id), Format.number(figures.get(prefix + "streams"), 0),
					Format.number(figures.get(prefix + "openSeconds"), 1),
					Format.number(figures.get(prefix + "threads"), 0),
					Format.bytes(figures.get(prefix + "heapPerStream")),
					Format.bytes(figures.get(prefix + "jdkDirectPerStream")),
					Format.bytes(figures.get(prefix + "nettyDirectPerStream")),
					Format.bytes(figures.get(prefix + "rssPerStream")), ratios(figures, prefix, "open.sdk."),
					ratios(figures, prefix, "open.drain.")));
		}
		return new RowResult("3. Open streams", description(streams),
				List.of("Client", "Streams held", "Open time s", "Live threads", "Heap / stream", "JDK direct / stream",
						"Netty direct / stream", "RSS / stream", "threads, heap, RSS vs SDK",
						"threads, heap, RSS vs floor"),
				table, notes, figures);
	}

	private static String ratios(Map<String, Double> figures, String prefix, String reference) {
		return Format.ratio(figures.get(prefix + "threads"), figures.get(reference + "threads")) + ", "
				+ Format.ratio(figures.get(prefix + "heapPerStream"), figures.get(reference + "heapPerStream")) + ", "
				+ Format.ratio(figures.get(prefix + "rssPerStream"), figures.get(reference + "rssPerStream"));
	}

	private static double value(Map<String, String> run, String key) {
		String value = run.get(key);
		if (value == null) {
			throw new IllegalStateException("The probe did not report " + key + ": " + run);
		}
		return Double.parseDouble(value);
	}

	private static double delta(Map<String, String> run, String key, double divisor) {
		return (value(run, key + "After") - value(run, key + "Before")) / divisor;
	}

	private static double perStream(Map<String, String> run, String key) {
		return delta(run, key, Math.max(1, value(run, "streams")));
	}

	private static double median(List<Map<String, String>> runs,
			java.util.function.ToDoubleFunction<Map<String, String>> value) {
		return Format.median(runs.stream().map((run) -> value.applyAsDouble(run)).toList());
	}

	private String description(int streams) {
		return "Each client opens " + Format.number(streams, 0) + " chat completion streams to a server that sends "
				+ "one chunk event on each and then holds it open. The client runs in a JVM of its own ("
				+ String.join(" ", JVM_OPTIONS) + "), opens the streams at most 256 at a time not yet answered, "
				+ "waits until every stream has had its event, then measures. Per-stream figures are the "
				+ "difference from the same JVM with one stream open, over the streams held, after three full "
				+ "collections: heap used; direct memory as the JDK counts it (`BufferPoolMXBean`) and as Netty "
				+ "counts what it allocates without the JDK knowing (`PlatformDependent.usedDirectMemory()`, or "
				+ "the allocator's metric, whichever is larger); resident memory (`VmRSS`, which includes thread "
				+ "stacks). Live threads are the JVM's total. The SDK reads each stream on a thread of its stream "
				+ "handler pool, blocked on its socket; this client and the floor share Reactor Netty's event loops. "
				+ "Rounds: " + this.settings.openStreamRounds() + " per client, in turns; medians. Ratios below 1 "
				+ "cost less.";
	}

}
