package dev.reactiveai.openai.benchmarks.harness;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Writes a run as Markdown: where and how it ran, the targets, then one section per row.
 * Every number in it comes from the run; the file is rewritten whole each time.
 */
public final class Report {

	private final Environment environment;

	private final HarnessSettings settings;

	private final String command;

	/**
	 * A report.
	 * @param environment the machine and JVM
	 * @param settings the sizes
	 * @param command the command that produced it
	 */
	public Report(Environment environment, HarnessSettings settings, String command) {
		this.environment = environment;
		this.settings = settings;
		this.command = command;
	}

	/**
	 * Render a run.
	 * @param rows the rows, in order
	 * @param checks the targets, checked
	 * @param took how long the run took
	 * @return the Markdown
	 */
	public String render(List<RowResult> rows, List<Targets.Check> checks, Duration took) {
		StringBuilder out = new StringBuilder();
		out.append("# Benchmarks: this client, the official SDK and the raw baselines\n\n");
		out.append("<!-- Written by the benchmark harness; do not edit. Run the command below again instead. -->\n\n");
		out.append("Every figure below comes from one run of the command below on the machine described, in the ")
			.append(this.settings.mode())
			.append(" sizes; see `benchmarks/README.md` for what each row measures and how it is kept fair.\n\n");
		out.append("- Command: `").append(this.command).append("`\n");
		out.append("- Date: ").append(this.environment.date()).append(" UTC; the run took ");
		out.append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s\n");
		out.append("- Machine: ")
			.append(this.environment.cores())
			.append(" cores (")
			.append(this.environment.cpu())
			.append("), ")
			.append(Format.number(this.environment.memoryBytes() / (double) (1L << 30), 1))
			.append(" GiB of memory, ")
			.append(this.environment.os())
			.append("; load average ")
			.append(Format.number(this.environment.loadAverage(), 2))
			.append(" when the run started\n");
		out.append("- JVM: ").append(this.environment.jvm()).append('\n');
		out.append("- Libraries: ").append(String.join(", ", this.environment.libraries())).append('\n');
		out.append("- Load average when the report was written: ")
			.append(Format.number(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2))
			.append(" (a busy machine lowers every figure; the turns spread that over all clients)\n\n");
		out.append("Ratios are *this row's figure ÷ the named reference's*: the official SDK (the peer), and the raw ")
			.append("baseline or ceiling of the row. Whether above or below 1 is better is said under each table.\n\n");
		out.append("How the comparison is kept fair (details in `benchmarks/README.md`):\n\n");
		out.append("- One loopback server (Reactor Netty on 127.0.0.1, its own event-loop threads) answers every ")
			.append("client from bodies built once in memory, in the same run.\n");
		out.append("- Contenders take turns, round after round (A/B/C/A/B/C), after a warm-up of each; tables give ")
			.append("medians over rounds. Memory and start-up are measured in a fresh JVM per client and round.\n");
		out.append("- Every client is used as its documentation shows, with its defaults (retries, timeouts), ")
			.append("and with room for the load: the SDK's OkHttp dispatcher, which runs 64 calls at once by ")
			.append("default, and its pool, which keeps 5 idle connections, are raised to the row's concurrency ")
			.append("through `OpenAIOkHttpClientAsync.builder().okHttpClient(..)`; this client's and the baselines' ")
			.append("pools allow 500 connections (more where a row holds more streams).\n");
		out.append("- Every client reads the answer into its model and the row checks what it read.\n\n");
		out.append("## Targets\n\n");
		out.append("| Target | Measured | Met |\n| --- | --- | --- |\n");
		for (Targets.Check check : checks) {
			out.append("| ")
				.append(check.goal())
				.append(" | ")
				.append(check.measured())
				.append(" | ")
				.append(check.met() ? "yes" : "**no**")
				.append(" |\n");
		}
		out.append('\n');
		for (RowResult row : rows) {
			out.append("## ").append(row.title()).append("\n\n");
			out.append(row.description()).append("\n\n");
			if (!row.header().isEmpty()) {
				table(out, row.header(), row.rows());
			}
			for (String note : row.notes()) {
				out.append("- ").append(note).append('\n');
			}
			if (!row.notes().isEmpty()) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	private static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
		out.append("| ").append(String.join(" | ", header)).append(" |\n|");
		for (int column = 0; column < header.size(); column++) {
			out.append(isNumeric(rows, column) ? " ---: |" : " --- |");
		}
		out.append('\n');
		for (List<String> row : rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		out.append('\n');
	}

	/** Whether every cell of a column is a number or a ratio, to align it right. */
	private static boolean isNumeric(List<List<String>> rows, int column) {
		return rows.stream()
			.allMatch((row) -> !row.get(column).isEmpty()
					&& (Character.isDigit(row.get(column).charAt(0)) || row.get(column).startsWith("–")));
	}

}
