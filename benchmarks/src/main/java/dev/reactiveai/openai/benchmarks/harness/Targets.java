package dev.reactiveai.openai.benchmarks.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's performance goals, checked against the figures of a run. They are checked
 * here, in the report, and never in a test: a test that asserts times fails on a busy
 * machine and passes on a fast one, and proves nothing either way.
 */
public final class Targets {

	/** Streams that the open-streams goal is about. */
	private static final int OPEN_STREAMS_GOAL = 10_000;

	/**
	 * The most live threads that count as "a handful of event-loop threads" and the JVM's
	 * own.
	 */
	private static final int HANDFUL_OF_THREADS = 32;

	private final Map<String, Double> figures;

	private final List<Integer> concurrencies;

	/**
	 * Targets for a run's figures.
	 * @param figures every row's figures
	 * @param concurrencies the non-streaming row's concurrencies
	 */
	public Targets(Map<String, Double> figures, List<Integer> concurrencies) {
		this.figures = figures;
		this.concurrencies = concurrencies;
	}

	/**
	 * Check every target.
	 * @return one line per target: goal, measured, and whether it was met
	 */
	public List<Check> check() {
		List<Check> checks = new ArrayList<>();
		if (has("completion.c1.own.rps")) {
			boolean ahead = true;
			StringBuilder measured = new StringBuilder();
			for (int concurrency : this.concurrencies) {
				String prefix = "completion.c" + concurrency + ".";
				ahead &= get(prefix + "own.rps") > get(prefix + "sdk.rps");
				measured.append((measured.length() > 0) ? "; " : "")
					.append("c=")
					.append(concurrency)
					.append(": ")
					.append(Format.ratio(get(prefix + "own.rps"), get(prefix + "sdk.rps")))
					.append(" req/s, p99 ")
					.append(Format.ratio(get(prefix + "own.p99"), get(prefix + "sdk.p99")));
			}
			checks.add(
					new Check("Row 1: ahead of the SDK (more req/s at every concurrency)", measured.toString(), ahead));
			boolean close = true;
			measured = new StringBuilder();
			for (int concurrency : this.concurrencies) {
				String prefix = "completion.c" + concurrency + ".";
				double throughput = get(prefix + "own.rps") / get(prefix + "raw.rps");
				double latency = get(prefix + "own.p50") / get(prefix + "raw.p50");
				close &= throughput >= 0.85 && latency <= 1.15;
				measured.append((measured.length() > 0) ? "; " : "")
					.append("c=")
					.append(concurrency)
					.append(": ")
					.append(Format.ratio(throughput, 1))
					.append(" req/s, p50 ")
					.append(Format.ratio(latency, 1));
			}
			checks.add(new Check("Row 1: within 15 % of the raw WebClient (req/s ≥ 0.85×, p50 ≤ 1.15×)",
					measured.toString(), close));
		}
		if (has("stream.own.eventsPerSecond")) {
			double own = get("stream.own.eventsPerSecond");
			checks.add(new Check("Row 2: stream parsing at least 2× the SDK's rate",
					Format.ratio(own, get("stream.sdk.eventsPerSecond")),
					own >= 2 * get("stream.sdk.eventsPerSecond")));
			checks.add(new Check("Row 2: stream parsing at least half the raw byte drain's rate",
					Format.ratio(own, get("stream.drain.eventsPerSecond")),
					own >= 0.5 * get("stream.drain.eventsPerSecond")));
		}
		if (has("open.own.streams")) {
			double streams = get("open.own.streams");
			double threads = get("open.own.threads");
			checks.add(new Check(
					"Row 3: " + Format.number(OPEN_STREAMS_GOAL, 0) + " open streams on a handful of threads (" + "≤ "
							+ HANDFUL_OF_THREADS + " live), small heap per stream",
					Format.number(streams, 0) + " streams, " + Format.number(threads, 0) + " live threads, "
							+ Format.bytes(get("open.own.heapPerStream")) + " heap and "
							+ Format.bytes(get("open.own.rssPerStream")) + " RSS per stream",
					streams >= OPEN_STREAMS_GOAL && threads <= HANDFUL_OF_THREADS));
			checks.add(new Check("Row 3: ahead of the SDK (fewer threads, less heap and RSS per stream)",
					"threads " + Format.ratio(threads, get("open.sdk.threads")) + ", heap "
							+ Format.ratio(get("open.own.heapPerStream"), get("open.sdk.heapPerStream")) + ", RSS "
							+ Format.ratio(get("open.own.rssPerStream"), get("open.sdk.rssPerStream")),
					threads < get("open.sdk.threads") && get("open.own.heapPerStream") < get("open.sdk.heapPerStream")
							&& get("open.own.rssPerStream") < get("open.sdk.rssPerStream")));
		}
		if (has("embeddings.float.ownDecoder.ms")) {
			boolean ahead = true;
			StringBuilder measured = new StringBuilder();
			for (String encoding : List.of("float", "base64")) {
				String prefix = "embeddings." + encoding + ".";
				ahead &= get(prefix + "ownDecoder.ms") < get(prefix + "officialSdk.ms")
						&& get(prefix + "ownDecoder.allocated") < get(prefix + "officialSdk.allocated");
				measured.append((measured.length() > 0) ? "; " : "")
					.append(encoding)
					.append(": time ")
					.append(Format.ratio(get(prefix + "ownDecoder.ms"), get(prefix + "officialSdk.ms")))
					.append(", alloc ")
					.append(Format.ratio(get(prefix + "ownDecoder.allocated"), get(prefix + "officialSdk.allocated")));
			}
			checks.add(new Check("Row 4: ahead of the SDK (faster, less allocated, both encodings)",
					measured.toString(), ahead));
		}
		if (has("startup.starter.readyMillis")) {
			double ready = get("startup.starter.readyMillis") / get("startup.sdk.readyMillis");
			double classes = get("startup.starter.classes") / get("startup.sdk.classes");
			checks.add(new Check("Row 5: ahead of the SDK (WebFlux app ready sooner, fewer classes)",
					"ready " + Format.ratio(ready, 1) + ", classes " + Format.ratio(classes, 1),
					ready < 1 && classes < 1));
		}
		if (has("footprint.starter.totalBytes")) {
			checks.add(new Check("Row 6: ahead of the SDK (smaller, and adds less to a WebFlux app)",
					"total " + Format.ratio(get("footprint.starter.totalBytes"), get("footprint.sdk.totalBytes"))
							+ ", added "
							+ Format.ratio(get("footprint.starter.addedBytes"), get("footprint.sdk.addedBytes")),
					get("footprint.starter.totalBytes") < get("footprint.sdk.totalBytes")
							&& get("footprint.starter.addedBytes") < get("footprint.sdk.addedBytes")));
		}
		return checks;
	}

	private boolean has(String name) {
		return this.figures.containsKey(name);
	}

	private double get(String name) {
		Double value = this.figures.get(name);
		return (value != null) ? value : Double.NaN;
	}

	/**
	 * One target, checked.
	 *
	 * @param goal what the project aims for
	 * @param measured what the run measured
	 * @param met whether the goal was met
	 */
	public record Check(String goal, String measured, boolean met) {

	}

}
