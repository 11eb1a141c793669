package dev.reactiveai.openai.benchmarks.rows;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.benchmarks.EmbeddingsDecodingBenchmark;
import dev.reactiveai.openai.benchmarks.harness.BuildOutput;
import dev.reactiveai.openai.benchmarks.harness.Format;
import dev.reactiveai.openai.benchmarks.harness.HarnessSettings;
import dev.reactiveai.openai.benchmarks.harness.RowResult;
import dev.reactiveai.openai.benchmarks.server.Payloads;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Row 4: decoding an embeddings response, with JMH ({@link EmbeddingsDecodingBenchmark},
 * one forked JVM per decoder and encoding) and its gc profiler for the bytes allocated
 * per decode.
 */
public final class EmbeddingsRow {

	private static final Map<String, String> NAMES = Map.of("ownDecoder", "this client", "officialSdk", "official SDK",
			"rawJackson", "raw Jackson 3 into float[]");

	private static final List<String> DECODERS = List.of("ownDecoder", "officialSdk", "rawJackson");

	private final HarnessSettings settings;

	private final BuildOutput build;

	/**
	 * The row.
	 * @param settings the sizes
	 * @param build where JMH's log goes
	 */
	public EmbeddingsRow(HarnessSettings settings, BuildOutput build) {
		this.settings = settings;
		this.build = build;
	}

	public RowResult run() throws Exception {
		Files.createDirectories(this.build.logs());
		Options options = new OptionsBuilder().include(EmbeddingsDecodingBenchmark.class.getName() + "\\.")
			.param("count", String.valueOf(this.settings.embeddingCount()))
			.param("dimensions", String.valueOf(this.settings.embeddingDimensions()))
			.warmupIterations(this.settings.jmhWarmups())
			.measurementIterations(this.settings.jmhIterations())
			.warmupTime(TimeValue.milliseconds(this.settings.jmhIterationTime().toMillis()))
			.measurementTime(TimeValue.milliseconds(this.settings.jmhIterationTime().toMillis()))
			.forks(this.settings.jmhForks())
			.addProfiler(GCProfiler.class)
			.verbosity(VerboseMode.NORMAL)
			.output(this.build.logs().resolve("jmh-embeddings.log").toString())
			.build();
		Collection<RunResult> results = new Runner(options).run();
		Map<String, Double> figures = new LinkedHashMap<>();
		for (RunResult result : results) {
			String method = result.getParams().getBenchmark();
			method = method.substring(method.lastIndexOf('.') + 1);
			String prefix = "embeddings." + result.getParams().getParam("encoding") + "." + method + ".";
			figures.put(prefix + "ms", result.getPrimaryResult().getScore());
			Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
			figures.put(prefix + "allocated", (allocation != null) ? allocation.getScore() : Double.NaN);
		}
		List<List<String>> table = new ArrayList<>();
		for (String encoding : List.of("float", "base64")) {
			for (String decoder : DECODERS) {
				String prefix = "embeddings." + encoding + ".";
				double ms = figure(figures, prefix + decoder + ".ms");
				double allocated = figure(figures, prefix + decoder + ".allocated");
				table.add(List.of(encoding, NAMES.get(decoder), Format.number(ms, 2), Format.bytes(allocated),
						Format.ratio(ms, figure(figures, prefix + "officialSdk.ms")),
						Format.ratio(allocated, figure(figures, prefix + "officialSdk.allocated")),
						Format.ratio(ms, figure(figures, prefix + "rawJackson.ms")),
						Format.ratio(allocated, figure(figures, prefix + "rawJackson.allocated"))));
			}
		}
		return new RowResult(
				"4. Embeddings decoding", description(), List.of("Encoding", "Decoder", "ms / decode",
						"Allocated / decode", "time vs SDK", "alloc vs SDK", "time vs raw", "alloc vs raw"),
				table, List.of(), figures);
	}

	private static double figure(Map<String, Double> figures, String name) {
		Double value = figures.get(name);
		if (value == null) {
			throw new IllegalStateException("JMH gave no " + name + ": " + figures.keySet());
		}
		return value;
	}

	private String description() {
		int count = this.settings.embeddingCount();
		int dimensions = this.settings.embeddingDimensions();
		return "An embeddings response of " + Format.number(count, 0) + " vectors × " + Format.number(dimensions, 0)
				+ " floats (" + Format.bytes(Payloads.embeddings(count, dimensions, false).length)
				+ " as JSON numbers, " + Format.bytes(Payloads.embeddings(count, dimensions, true).length)
				+ " as base64), decoded from a "
				+ "`byte[]` into each decoder's model, every vector then read. JMH `AverageTime`, "
				+ ((this.settings.jmhForks() > 0) ? "one fork per decoder and encoding (`-Xmx4g`), "
						: "in the harness's JVM, ")
				+ this.settings.jmhWarmups() + " warm-up and " + this.settings.jmhIterations()
				+ " measured iterations of " + this.settings.jmhIterationTime().toMillis() + " ms; "
				+ "allocation is the gc profiler's `gc.alloc.rate.norm`. This client's `EmbeddingVector` reads "
				+ "either form straight into a `float[]`; the SDK reads a `List<Float>` or keeps the base64 string "
				+ "and decodes it when the vector is asked for (which the benchmark does). Ratios below 1 are "
				+ "faster or allocate less.";
	}

}
