package dev.reactiveai.openai.benchmarks.probes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.ForkedJvm;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.rows.LongStreamRow;
import dev.reactiveai.openai.benchmarks.rows.NonStreamingRow;
import dev.reactiveai.openai.benchmarks.rows.ObservationOverheadRow;

/**
 * Runs the measuring part of a load row (non-streaming calls, the long stream) in a JVM
 * of its own, apart from the server and from the other rows: what one row compiled,
 * allocated or left behind must not weigh on the next (in one JVM, the stream row ran at
 * less than half its rate after the non-streaming one, and the SDK's faster). Inside the
 * row the contenders still share the JVM, taking turns.
 * <p>
 * Arguments: {@value #COMPLETION}, {@value #STREAM} or {@value #OBSERVATION}, the mode
 * ({@code full} or {@code quick}), and the server's base URL for the row.
 */
public final class RowProbe {

	/** The non-streaming row. */
	public static final String COMPLETION = "completion";

	/** The long-stream row. */
	public static final String STREAM = "stream";

	/** The observation overhead row. */
	public static final String OBSERVATION = "observation";

	/**
	 * The JVM options of every row's JVM. The heap is of one size and touched at start:
	 * otherwise {@code System.gc()} between rounds shrinks it, and the next round pays
	 * the kernel's zeroing of every page it allocates in again, as system time on
	 * whichever thread allocates (measured at up to 3 µs per streamed event, more than
	 * reading it), so that a contender's figure depended on when the heap grew.
	 */
	public static final List<String> JVM_OPTIONS = List.of("-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch");

	private RowProbe() {
	}

	public static void main(String[] args) throws Exception {
		HarnessSettings settings = HarnessSettings.of(args[1]);
		Map<String, Double> figures = switch (args[0]) {
			case COMPLETION -> NonStreamingRow.measure(settings, args[2]);
			case STREAM -> LongStreamRow.measure(settings, args[2]);
			case OBSERVATION -> ObservationOverheadRow.measure(settings, args[2]);
			default -> throw new IllegalArgumentException("No row " + args[0]);
		};
		System.out.println(ForkedJvm.resultLine(figures));
		System.out.flush();
		System.exit(0);
	}

	/**
	 * Measure a row in a fresh JVM.
	 * @param row {@value #COMPLETION}, {@value #STREAM} or {@value #OBSERVATION}
	 * @param settings the sizes
	 * @param baseUrl the server's base URL for the row
	 * @param build where the JVM's class path comes from
	 * @return the row's figures
	 */
	public static Map<String, Double> fork(String row, HarnessSettings settings, String baseUrl, BuildOutput build) {
		Map<String, String> result = new ForkedJvm(build.logs()).run(build.classpath(), JVM_OPTIONS,
				RowProbe.class.getName(), List.of(row, settings.mode(), baseUrl), settings.timeout().multipliedBy(4));
		Map<String, Double> figures = new LinkedHashMap<>();
		result.forEach((key, value) -> figures.put(key, Double.parseDouble(value)));
		return figures;
	}

}
