package dev.reactiveai.openai.benchmarks.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.reactiveai.openai.benchmarks.rows.EmbeddingsRow;
import dev.reactiveai.openai.benchmarks.rows.FootprintRow;
import dev.reactiveai.openai.benchmarks.rows.LongStreamRow;
import dev.reactiveai.openai.benchmarks.rows.NonStreamingRow;
import dev.reactiveai.openai.benchmarks.rows.ObservationOverheadRow;
import dev.reactiveai.openai.benchmarks.rows.OpenStreamsRow;
import dev.reactiveai.openai.benchmarks.rows.StartupRow;
import dev.reactiveai.openai.benchmarks.server.LoopbackServer;

/**
 * Runs every row against one loopback server and writes the report.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar
 * dev.reactiveai.openai.benchmarks.harness.Harness [--quick] [--output FILE]
 * [--command TEXT] [--only 1,7]}; {@code benchmarks/run} builds the module and runs this.
 * {@code --only} runs the rows of the given numbers, for a look at one row; the report of
 * the repository is written by a run of every row.
 */
public final class Harness {

	private final HarnessSettings settings;

	private final BuildOutput build;

	private final List<String> failures = new ArrayList<>();

	/** The numbers of the rows to run; empty for all. */
	private final Set<String> only;

	/**
	 * A harness.
	 * @param settings the sizes
	 * @param build the module's build output
	 */
	public Harness(HarnessSettings settings, BuildOutput build) {
		this(settings, build, Set.of());
	}

	/**
	 * A harness that runs some rows only.
	 * @param settings the sizes
	 * @param build the module's build output
	 * @param only the numbers of the rows to run, such as {@code 7}; empty for all
	 */
	public Harness(HarnessSettings settings, BuildOutput build, Set<String> only) {
		this.settings = settings;
		this.build = build;
		this.only = Set.copyOf(only);
	}

	public static void main(String[] args) {
		HarnessSettings settings = HarnessSettings.full();
		Path output = Path.of("BENCHMARKS.md");
		String command = "java -cp benchmarks/target/benchmarks.jar " + Harness.class.getName();
		Set<String> only = Set.of();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--quick" -> settings = HarnessSettings.quick();
				case "--output" -> output = Path.of(args[++i]);
				case "--command" -> command = args[++i];
				case "--only" -> only = Set.of(args[++i].split(","));
				default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
			}
		}
		Harness harness = new Harness(settings, BuildOutput.locate(), only);
		String report = harness.report(command);
		write(output, report);
		System.out.println("Wrote " + output.toAbsolutePath());
		if (!harness.failures().isEmpty()) {
			System.err.println("Rows that failed: " + harness.failures());
			System.exit(1);
		}
		System.exit(0);
	}

	/**
	 * Run every row and render the report.
	 * @param command the command to name in the report
	 * @return the report's Markdown
	 */
	public String report(String command) {
		long start = System.nanoTime();
		List<RowResult> rows = run();
		return render(rows, command, Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Render rows as the report, with the targets checked against them.
	 * @param rows the rows
	 * @param command the command to name in the report
	 * @param took how long the rows took
	 * @return the report's Markdown
	 */
	public String render(List<RowResult> rows, String command, Duration took) {
		Map<String, Double> figures = new LinkedHashMap<>();
		rows.forEach((row) -> figures.putAll(row.figures()));
		List<Targets.Check> checks = new Targets(figures, this.settings.concurrencies()).check();
		Environment environment = Environment.current(this.build.dependencyTree());
		return new Report(environment, this.settings, command).render(rows, checks, took);
	}

	/**
	 * Run every row. A row that fails is reported as failed, and the others still run.
	 * @return the rows' results
	 */
	public List<RowResult> run() {
		List<RowResult> rows = new ArrayList<>();
		try (LoopbackServer server = new LoopbackServer(this.settings.streamEvents())) {
			add(rows, "1. Non-streaming chat completion",
					() -> new NonStreamingRow(this.settings, server, this.build).run());
			add(rows, "2. Long chat completion stream",
					() -> new LongStreamRow(this.settings, server, this.build).run());
			add(rows, "3. Open streams", () -> new OpenStreamsRow(this.settings, server, this.build).run());
			add(rows, "7. Observation overhead",
					() -> new ObservationOverheadRow(this.settings, server, this.build).run());
		}
		add(rows, "4. Embeddings decoding", () -> new EmbeddingsRow(this.settings, this.build).run());
		add(rows, "5. Start-up", () -> new StartupRow(this.settings, this.build).run());
		add(rows, "6. Footprint", () -> new FootprintRow(this.build).run());
		// The rows that share the server run together; the report lists them by number.
		rows.sort(Comparator.comparingInt((result) -> number(result.title())));
		return rows;
	}

	private void add(List<RowResult> rows, String title, Callable<RowResult> row) {
		if (runs(title)) {
			rows.add(row(title, row));
		}
	}

	/** The rows that failed, with why. */
	public List<String> failures() {
		return List.copyOf(this.failures);
	}

	private boolean runs(String title) {
		return this.only.isEmpty() || this.only.contains(Integer.toString(number(title)));
	}

	private static int number(String title) {
		return Integer.parseInt(title.substring(0, title.indexOf('.')));
	}

	private RowResult row(String title, Callable<RowResult> row) {
		System.out.println("Running " + title + " (" + this.settings.mode() + ")");
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long start = System.nanoTime();
		try {
			RowResult result = row.call();
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("  done in %.1f s%n", seconds);
			// The machine may be shared: say how busy it was, beside the numbers
			List<String> notes = new ArrayList<>(result.notes());
			notes.add("The row took " + Format.number(seconds, 0) + " s; the load average was " + Format.number(load, 2)
					+ " when it started and "
					+ Format.number(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2)
					+ " when it ended.");
			return new RowResult(result.title(), result.description(), result.header(), result.rows(), notes,
					result.figures());
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			this.failures.add(title + ": " + ex);
			return new RowResult(title, "**This row failed:** `" + ex + "`", List.of(), List.of(), List.of(), Map.of());
		}
	}

	private static void write(Path output, String report) {
		try {
			Path parent = output.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(output, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
