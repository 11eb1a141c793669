package dev.reactiveai.openai.benchmarks.harness;

/**
 * What one contender achieved in one round of closed-loop load.
 *
 * @param requests the calls that completed
 * @param seconds the time they took
 * @param p50Millis the median latency
 * @param p99Millis the 99th percentile of latency
 */
public record LoadResult(long requests, double seconds, double p50Millis, double p99Millis) {

	/** Calls completed per second. */
	public double throughput() {
		return this.requests / this.seconds;
	}

}
