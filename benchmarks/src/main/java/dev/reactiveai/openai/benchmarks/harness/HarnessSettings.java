package dev.reactiveai.openai.benchmarks.harness;

import java.time.Duration;
import java.util.List;

/**
 * How much the harness measures: the full sizes that the report is made with, or the
 * quick ones of the smoke test, which only prove that every row works.
 *
 * @param mode {@code full} or {@code quick}
 * @param concurrencies the concurrencies of the non-streaming row
 * @param completionWarmup how long each contender makes calls before the rounds
 * @param completionRound how long each contender makes calls in one round
 * @param completionRounds the rounds of each concurrency
 * @param streamEvents the chunk events of the long stream
 * @param streamWarmups the unmeasured rounds of the long stream
 * @param streamRounds the measured rounds of the long stream
 * @param openStreams the streams held open at once
 * @param openStreamRounds the rounds of the open streams
 * @param embeddingCount the vectors in the embeddings response
 * @param embeddingDimensions the floats in each vector
 * @param jmhWarmups JMH's warm-up iterations
 * @param jmhIterations JMH's measured iterations
 * @param jmhIterationTime the time of one JMH iteration
 * @param jmhForks JMH's forks: 1 for the report, 0 (in the harness's JVM) for the smoke
 * test, where a JVM per benchmark costs more than the benchmark
 * @param startupRuns the JVMs started for each application, after one unmeasured start
 * each when there are more than one
 * @param timeout the longest that any one step may take before the harness gives up
 */
public record HarnessSettings(String mode, List<Integer> concurrencies, Duration completionWarmup,
		Duration completionRound, int completionRounds, int streamEvents, int streamWarmups, int streamRounds,
		int openStreams, int openStreamRounds, int embeddingCount, int embeddingDimensions, int jmhWarmups,
		int jmhIterations, Duration jmhIterationTime, int jmhForks, int startupRuns, Duration timeout) {

	/**
	 * The sizes of the report, about ten minutes on two cores.
	 * @return the settings
	 */
	public static HarnessSettings full() {
		return new HarnessSettings("full", List.of(1, 32, 256), Duration.ofSeconds(8), Duration.ofSeconds(4), 3,
				100_000, 2, 5, 10_000, 2, 2048, 3072, 2, 4, Duration.ofSeconds(2), 1, 7, Duration.ofMinutes(3));
	}

	/**
	 * Small sizes that prove every row works, in well under two minutes.
	 * @return the settings
	 */
	public static HarnessSettings quick() {
		return new HarnessSettings("quick", List.of(1, 32, 256), Duration.ofMillis(500), Duration.ofMillis(500), 1,
				2_000, 1, 2, 500, 1, 64, 256, 1, 2, Duration.ofMillis(200), 0, 1, Duration.ofMinutes(2));
	}

	/**
	 * The settings of a mode.
	 * @param mode {@code full} or {@code quick}
	 * @return the settings
	 */
	public static HarnessSettings of(String mode) {
		return switch (mode) {
			case "full" -> full();
			case "quick" -> quick();
			default -> throw new IllegalArgumentException("No mode " + mode);
		};
	}

	/** Whether these are the quick sizes. */
	public boolean isQuick() {
		return "quick".equals(this.mode);
	}

}
